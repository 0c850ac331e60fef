/*
 * RFC 5280 4.2.1.10: "Conforming CAs MUST mark this extension as critical and
 * SHOULD NOT impose name constraints on the x400Address, ediPartyName, or
 * registeredID name forms."
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { noNameConstraintOn } from '../util/name_forms.js';

export const lint: CertificateLint = {
  name: 'w_name_constraint_on_registered_id',
  description: 'nameConstraints should not constrain the registeredID name form',
  citation: 'RFC 5280: 4.2.1.10',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...noNameConstraintOn('registeredID'),
};
