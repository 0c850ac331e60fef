/*
 * BR 7.2.2 (CRL Extensions table) with 7.1.2.11.1: the authorityKeyIdentifier
 * of a CRL MUST contain the keyIdentifier field and MUST NOT contain
 * authorityCertIssuer or authorityCertSerialNumber.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check, fail } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { akiFieldTags } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_auth_key_id_only_contains_keyid',
  description: 'The authorityKeyIdentifier of a CRL must contain only the keyIdentifier field',
  citation: 'BRs: 7.2.2, 7.1.2.11.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc63CrlRequired,
  target: 'crl',
  appliesTo: (crl) => crl.extensions.byOid.has(OID.authorityKeyIdentifier),
  run: (crl) => {
    const ext = crl.extensions.byOid.get(OID.authorityKeyIdentifier);
    const tags = ext && akiFieldTags(ext.value);
    if (!tags) return fail('authorityKeyIdentifier cannot be decoded');
    if (!tags.includes(0)) return fail('authorityKeyIdentifier has no keyIdentifier');
    return check(
      tags.every((t) => t === 0),
      'authorityKeyIdentifier contains authorityCertIssuer or authorityCertSerialNumber',
    );
  },
};
