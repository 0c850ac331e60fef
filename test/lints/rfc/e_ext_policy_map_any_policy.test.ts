import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_policy_map_any_policy';
const withMapping = (from: string, to: string) =>
  subCA({
    ext: { [OID.policyMappings]: ext.raw(OID.policyMappings, true, sequence(sequence(oid(from), oid(to)))) },
  });

describe(LINT, () => {
  it('passes a mapping between ordinary policies', () =>
    assertLint(LINT, withMapping('1.3.6.1.4.1.99999.1', OID.brDomainValidated), 'pass'));
  it('flags a mapping from anyPolicy', () =>
    assertLint(LINT, withMapping(OID.anyPolicy, OID.brDomainValidated), 'error'));
  it('flags a mapping to anyPolicy', () =>
    assertLint(LINT, withMapping(OID.brDomainValidated, OID.anyPolicy), 'error'));
  it('is NA without policyMappings', () => assertLint(LINT, subCA(), 'NA'));
});
