import { describe, it } from 'node:test';
import { oid, sequence, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_cert_policy_explicit_text_not_nfc';
/** A leaf whose DV policy carries a userNotice with this explicitText encoding. */
const withText = (text: Uint8Array) =>
  leaf({
    ext: {
      [OID.certificatePolicies]: ext.certificatePolicies([
        { oid: OID.brDomainValidated, qualifiers: [sequence(oid(OID.userNotice), sequence(text))] },
      ]),
    },
  });

describe(LINT, () => {
  it('passes NFC text', () => assertLint(LINT, withText(utf8String('caf\u00e9')), 'pass'));
  it('flags decomposed text', () => assertLint(LINT, withText(utf8String('cafe\u0301')), 'warn'));
  it('is NA without explicitText', () => assertLint(LINT, leaf(), 'NA'));
});
