import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, rootCA } from '../keys_validity_fixtures.js';

const LINT = 'e_rsa_allowed_ku_ca';

describe(LINT, () => {
  it('passes the usual CA key usages', () => {
    assertLint(LINT, ca(), 'pass');
    assertLint(LINT, rootCA(), 'pass');
  });
  it('flags keyAgreement and decipherOnly', () => {
    assertLint(
      LINT,
      ca({ ext: { [OID.keyUsage]: ext.keyUsage([KU.keyCertSign, KU.keyAgreement]) } }),
      'error',
    );
    assertLint(
      LINT,
      ca({ ext: { [OID.keyUsage]: ext.keyUsage([KU.keyCertSign, KU.decipherOnly]) } }),
      'error',
    );
  });
  it('is not applicable to leaves or ECDSA CAs', () => {
    assertLint(LINT, leaf(), 'NA');
    assertLint(LINT, ca({ key: 'p256' }), 'NA');
  });
});
