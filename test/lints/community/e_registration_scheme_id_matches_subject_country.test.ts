import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Attr, ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_registration_scheme_id_matches_subject_country';
const SMIME_OV_STRICT = '2.23.140.1.5.2.3';

function smime(orgIds: string[], policy = SMIME_OV_STRICT): Uint8Array {
  const subject: Attr[] = [['C', 'IT'], ['O', 'Example SpA'], ...orgIds.map((id): Attr => ['orgId', id])];
  return leaf({
    subject: name(...subject),
    ext: {
      [OID.certificatePolicies]: ext.certificatePolicies([policy]),
      [OID.extKeyUsage]: ext.extKeyUsage([OID.emailProtection]),
      [OID.subjectAltName]: ext.subjectAltName([{ email: 'info@example.com' }]),
    },
  });
}

describe(LINT, () => {
  it('passes a VAT identifier of the subject country', () => assertLint(LINT, smime(['VATIT-1234']), 'pass'));
  it('passes LEI alongside a matching national identifier', () =>
    assertLint(LINT, smime(['LEIXG-5493001KJTIIGC8Y1R12', 'NTRIT-1234']), 'pass'));
  it('flags an identifier of another country', () => assertLint(LINT, smime(['NTRFR-1234']), 'error'));
  it('does not apply to global schemes only', () =>
    assertLint(LINT, smime(['LEIXG-5493001KJTIIGC8Y1R12']), 'NA'));
  it('does not apply to mailbox-validated certificates', () =>
    assertLint(LINT, smime(['NTRFR-1234'], '2.23.140.1.5.1.3'), 'NA'));
});
