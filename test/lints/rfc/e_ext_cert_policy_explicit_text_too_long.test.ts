import { describe, it } from 'node:test';
import { oid, sequence, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_cert_policy_explicit_text_too_long';
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
  it('passes 200 characters (400 octets)', () =>
    assertLint(LINT, withText(utf8String('é'.repeat(200))), 'pass'));
  it('flags 201 characters', () => assertLint(LINT, withText(utf8String('a'.repeat(201))), 'error'));
  it('is NA without explicitText', () => assertLint(LINT, leaf(), 'NA'));
});
