import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_has_authority_key_identifier';

describe(LINT, () => {
  it('passes a CRL with an AKI', () => assertLint(LINT, crl(), 'pass'));
  it('flags a CRL without an AKI', () =>
    assertLint(LINT, crl({ ext: { [OID.authorityKeyIdentifier]: null } }), 'error'));
});
