import { describe, it } from 'node:test';
import { boolean, nullValue, octetString, oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_cert_ext_invalid_der';

describe(LINT, () => {
  it('passes well-formed extensions', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a known extension whose value does not decode', () =>
    assertLint(
      LINT,
      leaf({
        ext: { [OID.subjectAltName]: ext.raw(OID.subjectAltName, false, Uint8Array.of(0x30, 0x03, 0x82)) },
      }),
      'error',
    ));
  it('flags an unknown extension that is not one DER object', () =>
    assertLint(
      LINT,
      leaf({ ext: { '1.2.3.4': ext.raw('1.2.3.4', false, Uint8Array.of(0x02, 0x01)) } }),
      'error',
    ));
  it('flags critical FALSE encoded explicitly', () =>
    assertLint(
      LINT,
      leaf({ ext: { '1.2.3.4': sequence(oid('1.2.3.4'), boolean(false), octetString(nullValue())) } }),
      'error',
    ));
  it('passes an unknown extension holding valid DER', () =>
    assertLint(
      LINT,
      leaf({ ext: { '1.2.3.4': ext.raw('1.2.3.4', false, Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x05)) } }),
      'pass',
    ));
});
