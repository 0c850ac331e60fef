import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_policy_map_not_in_cert_policy';
const withMapping = (from: string) =>
  subCA({
    ext: {
      [OID.policyMappings]: ext.raw(
        OID.policyMappings,
        true,
        sequence(sequence(oid(from), oid('1.3.6.1.4.1.99999.2'))),
      ),
    },
  });

describe(LINT, () => {
  it('passes an issuerDomainPolicy that is asserted', () =>
    assertLint(LINT, withMapping(OID.brDomainValidated), 'pass'));
  it('warns on an issuerDomainPolicy that is not asserted', () =>
    assertLint(LINT, withMapping('1.3.6.1.4.1.99999.1'), 'warn'));
  it('is NA without policyMappings', () => assertLint(LINT, subCA(), 'NA'));
});
