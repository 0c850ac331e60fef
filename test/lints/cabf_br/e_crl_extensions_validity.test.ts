import { describe, it } from 'node:test';
import { integer, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_extensions_validity';

describe(LINT, () => {
  it('passes the default CRL', () => assertLint(LINT, crl(), 'pass'));
  it('warns on a NOT RECOMMENDED extension', () =>
    assertLint(
      LINT,
      crl({ ext: { [OID.deltaCrlIndicator]: ext.raw(OID.deltaCrlIndicator, true, integer(1)) } }),
      'warn',
    ));
  it('flags a critical cRLNumber', () =>
    assertLint(LINT, crl({ ext: { [OID.crlNumber]: ext.raw(OID.crlNumber, true, integer(1)) } }), 'error'));
  it('flags a non-critical issuingDistributionPoint', () =>
    assertLint(
      LINT,
      crl({
        ext: { [OID.issuingDistributionPoint]: ext.raw(OID.issuingDistributionPoint, false, sequence()) },
      }),
      'error',
    ));
});
