/*
 * BRs 7.1.2.7.7 (Subscriber Certificate Authority Information Access): "Each
 * AccessDescription MUST only contain a permitted accessMethod, as detailed below, and
 * each accessLocation MUST be encoded as the specified GeneralName type." The permitted
 * methods are id-ad-ocsp and id-ad-caIssuers, each with a uniformResourceIdentifier.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_aia_must_contain_permitted_access_method',
  description:
    'Subscriber AIA AccessDescriptions must use only id-ad-ocsp or id-ad-caIssuers, each with a uniformResourceIdentifier location',
  citation: 'BRs: 7.1.2.7.7',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) =>
    isServerAuth(cert) && isSubscriber(cert) && hasExtension(cert, OID.authorityInfoAccess),
  run: (cert) => {
    for (const ad of cert.extensions.authorityInfoAccess ?? []) {
      if (ad.location.tag !== 6)
        return fail(`accessLocation is a GeneralName of tag [${ad.location.tag}], not a URI`);
      if (ad.method !== OID.ocsp && ad.method !== OID.caIssuers)
        return fail(`accessMethod ${ad.method} is not permitted`);
    }
    return pass;
  },
};
