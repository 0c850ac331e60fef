/*
 * BRs 7.1.2.11.2 (CRL Distribution Points): each DistributionPoint's "cRLIssuer
 * MUST NOT be present". Applies, as in zlint, when the extension names at least one
 * URI (what zcrypto keeps of it).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { crlUrls } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_crlissuer_must_not_be_present_in_cdp',
  description: 'No DistributionPoint of the cRLDistributionPoints extension may carry a cRLIssuer',
  citation: 'BRs: 7.1.2.11.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && crlUrls(cert).length > 0,
  run: (cert) =>
    check(
      (cert.extensions.crlDistributionPoints ?? []).every((dp) => dp.crlIssuer === undefined),
      'a DistributionPoint carries a cRLIssuer',
    ),
};
