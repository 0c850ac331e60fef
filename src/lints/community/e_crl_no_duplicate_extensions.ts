/*
 * RFC 5280 4.2 / 5.2 (community rule): a CRL must not include more than one
 * instance of a particular extension.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { oidName } from '../../x509/oids.js';

export const lint: CrlLint = {
  name: 'e_crl_no_duplicate_extensions',
  description: 'A CRL must not include the same extension twice',
  citation: 'RFC 5280: 4.2, 5.2',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'crl',
  appliesTo: (crl) => crl.extensions.list.length > 0,
  run: (crl) =>
    check(
      crl.extensions.duplicates.length === 0,
      `duplicate CRL extensions: ${crl.extensions.duplicates.map(oidName).join(', ')}`,
    ),
};
