import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_aia_does_not_contain_ocsp_url';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };

describe(LINT, () => {
  it('passes with an http OCSP URL (BR 1.x)', () => assertLint(LINT, leaf(OLD), 'pass'));
  it('flags AIA with only caIssuers (BR 1.x)', () =>
    assertLint(
      LINT,
      leaf({
        ...OLD,
        ext: {
          [OID.authorityInfoAccess]: ext.authorityInfoAccess({ caIssuers: ['http://ca.example.net/r1.der'] }),
        },
      }),
      'error',
    ));
  it('flags an https-only OCSP URL (BR 1.x)', () =>
    assertLint(
      LINT,
      leaf({
        ...OLD,
        ext: { [OID.authorityInfoAccess]: ext.authorityInfoAccess({ ocsp: ['https://ocsp.example.net'] }) },
      }),
      'error',
    ));
  it('is not effective from BR 2.0.0', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.authorityInfoAccess]: ext.authorityInfoAccess({ caIssuers: ['http://ca.example.net/r1.der'] }),
        },
      }),
      'NE',
    ));
  it('is NA for a CA', () => assertLint(LINT, subCA(OLD), 'NA'));
});
