import { describe, it } from 'node:test';
import { implicit, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, root } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_authority_key_identifier_no_key_identifier';

describe(LINT, () => {
  it('passes an AKI with keyIdentifier', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a self-signed root without an AKI', () => assertLint(LINT, root(), 'pass'));
  it('flags an AKI with only a serial number', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.authorityKeyIdentifier]: ext.raw(
            OID.authorityKeyIdentifier,
            false,
            sequence(implicit(2, Uint8Array.of(1))),
          ),
        },
      }),
      'error',
    ));
  it('flags a subscriber certificate without an AKI', () =>
    assertLint(LINT, leaf({ ext: { [OID.authorityKeyIdentifier]: null } }), 'error'));
});
