/*
 * EV Guidelines 9.7 (1.x) / 7.1.2.3 (2.0.0), Technical Requirements for EV
 * Certificates: "The certificatePolicies extension in EV Certificates issued to
 * Subscribers MUST include ... certificatePolicies:policyQualifiers:
 * policyQualifierId (Required) id-qt 1 [RFC 5280]; certificatePolicies:
 * policyQualifiers:qualifier:cPSuri (Required) HTTP URL for the Subordinate
 * CA's Certification Practice Statement". This exception to the Baseline
 * Requirements outlived BR 2.0.0 (Ballot SC62, 2023-09-15), whose 7.1.2.7.9
 * made policyQualifiers NOT RECOMMENDED: it held until Ballot SC72 (EVG 2.0.1)
 * deleted it with effect from 2024-05-06. Seed 002: Entrust issued EV
 * certificates without the CPS URI in that window.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, fail } from '../../lint/types.js';
import { isEV, isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';

const HTTP_URL = /^https?:\/\/[^/?#\s]+/i;

export const lint: CertificateLint = {
  name: 'e_ev_cps_uri_missing',
  description:
    'EV subscriber certificates issued before 2024-05-06 must carry a CPS URI (id-qt 1) policy qualifier with an HTTP URL ' +
    '(zlint once had this check as e_ev_certificate_policies)',
  citation: 'EVGs: 9.7',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  ineffectiveDate: RuleDate.evg201,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && isSubscriber(cert),
  run: (cert) => {
    const uris: string[] = [];
    for (const p of cert.extensions.certificatePolicies ?? [])
      for (const q of p.qualifiers) if (q.oid === OID.cps) uris.push(q.cpsUri?.value ?? '');
    if (uris.length === 0) return fail('certificatePolicies has no CPS URI (id-qt 1) policy qualifier');
    const bad = uris.filter((u) => !HTTP_URL.test(u));
    return check(bad.length === 0, `CPS URI is not an HTTP URL: ${bad.join(', ')}`);
  },
};
