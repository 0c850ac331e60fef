/*
 * Apple's Certificate Transparency policy (support.apple.com/en-us/HT205280),
 * from October 15, 2018: a certificate whose SCTs are embedded must carry SCTs
 * from a number of distinct logs that depends on its lifetime:
 *   less than 15 months: 2;  15 to 27 months: 3;  27 to 39 months: 4;  more: 5.
 * Lifetimes are measured from notBefore by calendar months. SCTs may also be
 * delivered by TLS or OCSP, and log trust and SCT signatures are not checked
 * here, so this is advisory. Precertificates (CT poison) are out of scope.
 * zlint reports a shortfall as a notice under this w_ name; Vigil derives the
 * severity from the name and reports a warning.
 */

import { addMonths, RuleDate } from '../../lint/dates.js';
import { type CertificateLint, failAs, pass } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { decodeSctList, logIdHex } from '../../x509/sct.js';
import { hasExtension } from '../util/br_profiles.js';

/** Months of lifetime (exclusive upper bounds) and the SCTs each band needs. */
const BANDS: readonly (readonly [number, number])[] = [
  [15, 2],
  [27, 3],
  [39, 4],
];

function expectedScts(notBefore: number, notAfter: number): number {
  for (const [months, count] of BANDS) if (notAfter < addMonths(notBefore, months)) return count;
  return 5;
}

export const lint: CertificateLint = {
  name: 'w_ct_sct_policy_count_unsatisfied',
  description:
    "Embedded SCTs should come from enough distinct logs for Apple's CT policy (2 to 5, by lifetime); zlint reports the shortfall as a notice",
  citation: 'Apple CT Policy: HT205280',
  source: 'apple',
  effectiveDate: RuleDate.appleCtPolicy,
  target: 'certificate',
  appliesTo: (cert) => isSubscriber(cert) && !hasExtension(cert, OID.ctPoison),
  run: (cert) => {
    const expected = expectedScts(cert.notBefore.ms, cert.notAfter.ms);
    const ext = cert.extensions.byOid.get(OID.ctSctList);
    const list = ext ? decodeSctList(ext.value) : undefined;
    const scts = list?.ok ? list.scts : [];
    const logs = new Set(scts.map(logIdHex)).size;
    if (logs >= expected) return pass;
    // A notice, as in zlint: the SCTs a browser wants depend on its policy of the day.
    return failAs(
      'notice',
      `embedded SCTs from ${logs} distinct logs; browser policy may require ${expected} for this certificate`,
    );
  },
};
