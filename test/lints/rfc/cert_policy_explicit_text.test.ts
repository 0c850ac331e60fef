// The lints on a userNotice's explicitText (RFC 5280 4.2.1.4): each passes one text and flags another.
import { describe, it } from 'node:test';
import { type Der, ia5String, oid, sequence, stringOfTag, utf8String } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import type { Status } from '../../../src/lint/types.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

/** A leaf whose DV policy carries a userNotice with this explicitText encoding. */
const withText = (text: Der) =>
  leaf({
    ext: {
      [OID.certificatePolicies]: ext.certificatePolicies([
        { oid: OID.brDomainValidated, qualifiers: [sequence(oid(OID.userNotice), sequence(text))] },
      ]),
    },
  });

interface ExplicitTextRule {
  lint: string;
  passes: [title: string, text: Der];
  flags: [title: string, text: Der];
  status: Status;
}

const FAMILY: ExplicitTextRule[] = [
  {
    lint: 'e_ext_cert_policy_explicit_text_ia5_string',
    passes: ['a UTF8String', utf8String('See the CPS')],
    flags: ['an IA5String', ia5String('See the CPS')],
    status: 'error',
  },
  {
    lint: 'e_ext_cert_policy_explicit_text_too_long',
    passes: ['200 characters (400 octets)', utf8String('é'.repeat(200))],
    flags: ['201 characters', utf8String('a'.repeat(201))],
    status: 'error',
  },
  {
    lint: 'w_ext_cert_policy_explicit_text_includes_control',
    passes: ['text without control characters', utf8String('See the CPS')],
    flags: ['a C1 control character', utf8String('See\u0085the CPS')],
    status: 'warn',
  },
  {
    lint: 'w_ext_cert_policy_explicit_text_not_nfc',
    passes: ['NFC text', utf8String('caf\u00e9')],
    flags: ['decomposed text', utf8String('cafe\u0301')],
    status: 'warn',
  },
  {
    lint: 'w_ext_cert_policy_explicit_text_not_utf8',
    passes: ['a UTF8String', utf8String('See the CPS')],
    flags: ['a BMPString', stringOfTag(Tag.BMP_STRING, 'See the CPS')],
    status: 'warn',
  },
];

for (const { lint, passes, flags, status } of FAMILY) {
  describe(lint, () => {
    it(`passes ${passes[0]}`, () => assertLint(lint, withText(passes[1]), 'pass'));
    it(`flags ${flags[0]}`, () => assertLint(lint, withText(flags[1]), status));
    it('is NA without explicitText', () => assertLint(lint, leaf(), 'NA'));
  });
}
