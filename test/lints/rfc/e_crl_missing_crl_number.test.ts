import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { crl } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_missing_crl_number';

describe(LINT, () => {
  it('passes a CRL with a cRLNumber', () => assertLint(LINT, crl(), 'pass'));
  it('flags a CRL without a cRLNumber', () =>
    assertLint(LINT, crl({ ext: { [OID.crlNumber]: null } }), 'error'));
});
