import { describe, it } from 'node:test';
import { oid, sequence, stringOfTag, utf8String } from '../../../src/der/encode.js';
import { Tag } from '../../../src/der/node.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_cert_policy_explicit_text_not_utf8';
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
  it('passes a UTF8String', () => assertLint(LINT, withText(utf8String('See the CPS')), 'pass'));
  it('flags a BMPString', () =>
    assertLint(LINT, withText(stringOfTag(Tag.BMP_STRING, 'See the CPS')), 'warn'));
  it('is NA without explicitText', () => assertLint(LINT, leaf(), 'NA'));
});
