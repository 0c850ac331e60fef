/*
 * BRs 7.1.4.2.2(j) (BR 1.x), now the closing paragraph of the subscriber
 * profiles 7.1.2.7.3–7.1.2.7.5: subject attributes "MUST NOT contain only
 * metadata such as '.', '-', and ' ' (i.e. space) characters, and/or any other
 * indication that the value is absent, incomplete, or not applicable."
 *
 * This lint (zlint's) catches values with no letter or digit at all: nothing
 * from A-Z, a-z, 0-9 and no character beyond ASCII. Placeholder words such as
 * "N/A" are caught by e_subject_contains_placeholder_value.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { describe } from '../util/subject_values.js';

/** An ASCII letter or digit, or any character beyond ASCII. */
const INFORMATIONAL = /[A-Za-z0-9\u0080-\u{10ffff}]/u;

export const lint: CertificateLint = {
  name: 'e_subject_contains_noninformational_value',
  description:
    "Subject attribute values must not consist only of metadata such as '.', '-' or ' ' (no letter or digit at all)",
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const a = cert.subject.attributes.find(
      (x) => x.value !== undefined && !INFORMATIONAL.test(x.value.value),
    );
    return a === undefined ? pass : fail(`found only metadata in subject attribute ${describe(a)}`);
  },
};
