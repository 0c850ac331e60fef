/*
 * EV Guidelines 9.8.2 (Ballot SC17; EVG 2.0: 7.1.2.3): registrationStateOrProvince
 * of the cabfOrganizationIdentifier extension is only for NTR identifiers "if
 * required under Section 9.2.4"; PSD and VAT identifiers are issued at country
 * level and carry no state or province.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { cabfOrgIdExtension } from '../util/ev_crl.js';

export const lint: CertificateLint = {
  name: 'e_cabf_org_identifier_psd_vat_has_state',
  description: 'A PSD or VAT cabfOrganizationIdentifier must not include registrationStateOrProvince',
  citation: 'EVGs: 9.8.2',
  source: 'cabf_ev',
  effectiveDate: RuleDate.sc17,
  target: 'certificate',
  appliesTo: (cert) => {
    const scheme = cabfOrgIdExtension(cert)?.scheme;
    return scheme === 'PSD' || scheme === 'VAT';
  },
  run: (cert) => {
    const ext = cabfOrgIdExtension(cert);
    return check(
      ext?.state === '',
      `${ext?.scheme} cabfOrganizationIdentifier has registrationStateOrProvince '${ext?.state}'`,
    );
  },
};
