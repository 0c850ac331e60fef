import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, ext, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_policy_iv_requires_province_or_locality';
const POLICY = { [OID.certificatePolicies]: ext.certificatePolicies([OID.brIndividualValidated]) };
const cert = (...attrs: Attr[]) =>
  leaf({
    subject: name(['C', 'US'], ...attrs, ['GN', 'Ada'], ['SN', 'Lovelace'], ['CN', 'www.example.com']),
    ext: POLICY,
  });

describe(LINT, () => {
  it('passes with localityName', () => assertLint(LINT, cert(['L', 'Springfield']), 'pass'));
  it('passes with stateOrProvinceName', () => assertLint(LINT, cert(['ST', 'Illinois']), 'pass'));
  it('flags a IV subject with neither', () => assertLint(LINT, cert(), 'error'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], ['O', 'X'], ['CN', 'CA']), ext: POLICY }), 'NA'));
});
