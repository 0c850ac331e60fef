import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca } from '../keys_validity_fixtures.js';

const LINT = 'e_rsa_allowed_ku_no_encipherment_ca';
const ku = (bits: number[]) => ({ [OID.keyUsage]: ext.keyUsage(bits) });

describe(LINT, () => {
  it('passes a signing-only CA key', () => assertLint(LINT, ca(), 'pass'));
  it('passes keyEncipherment without keyCertSign or cRLSign', () =>
    assertLint(LINT, ca({ ext: ku([KU.digitalSignature, KU.keyEncipherment]) }), 'pass'));
  it('flags keyCertSign with keyEncipherment, and cRLSign with dataEncipherment', () => {
    assertLint(LINT, ca({ ext: ku([KU.keyCertSign, KU.keyEncipherment]) }), 'error');
    assertLint(LINT, ca({ ext: ku([KU.cRLSign, KU.dataEncipherment]) }), 'error');
  });
  it('is not applicable to leaves', () => assertLint(LINT, leaf(), 'NA'));
});
