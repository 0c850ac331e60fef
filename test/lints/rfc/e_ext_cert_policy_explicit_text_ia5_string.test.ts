import { describe, it } from 'node:test';
import { ia5String, oid, sequence, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_cert_policy_explicit_text_ia5_string';
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
  it('flags an IA5String', () => assertLint(LINT, withText(ia5String('See the CPS')), 'error'));
  it('is NA without explicitText', () => assertLint(LINT, leaf(), 'NA'));
});
