/** e_cab_crl_*reason_code*: the CRLReason entry extension of a BR 7.2.2 CRL. */
import type { Der } from '../../../src/der/encode.js';
import { type Case, describeCases } from '../../support/br_fixtures.js';
import { type CrlOptions, crl, ext } from '../../support/certs.js';

/** A CRL of one entry (serial 7) with this reasonCode extension, revoked on `date` (by default the day before). */
const revoked = (reason: Der, date?: Date, options: CrlOptions = {}) =>
  crl({ ...options, revoked: [{ serial: 7n, date, extensions: [reason] }] });
const JANUARY_2023 = new Date('2023-01-01T00:00:00Z');
const BEFORE_BR_1_8_7 = new Date('2023-05-05T00:00:00Z');

const WITHOUT_REASON: Case = [
  'passes an entry without reasonCode',
  () => crl({ revoked: [{ serial: 7n }] }),
  'pass',
];
const NO_ENTRIES: Case = ['does not apply to a CRL without entries', () => crl({ revoked: [] }), 'NA'];

describeCases({
  e_cab_crl_has_valid_reason_code: [
    ['passes superseded', () => revoked(ext.crlReason(4), JANUARY_2023), 'pass'],
    WITHOUT_REASON,
    ['flags unspecified (0)', () => revoked(ext.crlReason(0), JANUARY_2023), 'error'],
    ['flags cACompromise (2)', () => revoked(ext.crlReason(2), JANUARY_2023), 'error'],
    [
      'is not effective before BR 1.8.7',
      () =>
        revoked(ext.crlReason(2), JANUARY_2023, {
          thisUpdate: BEFORE_BR_1_8_7,
          nextUpdate: new Date(BEFORE_BR_1_8_7.getTime() + 86_400_000),
        }),
      'NE',
    ],
    NO_ENTRIES,
  ],
  e_cab_crl_reason_code_certificate_hold: [
    ['passes keyCompromise', () => crl(), 'pass'],
    [
      'flags certificateHold',
      () => crl({ revoked: [{ serial: 7n }, { serial: 8n, extensions: [ext.crlReason(6)] }] }),
      'error',
    ],
    NO_ENTRIES,
  ],
  e_cab_crl_reason_code_not_critical: [
    ['passes a non-critical reasonCode', () => crl(), 'pass'],
    ['flags a critical reasonCode', () => revoked(ext.crlReason(5, true)), 'error'],
    NO_ENTRIES,
  ],
  e_cab_crl_reason_code_unspecified: [
    WITHOUT_REASON,
    [
      'passes reasonCode 0 on an entry revoked before 2023-07-15',
      () => revoked(ext.crlReason(0), new Date('2023-07-14T23:59:59Z')),
      'pass',
    ],
    [
      'flags reasonCode 0 on an entry revoked from 2023-07-15',
      () => revoked(ext.crlReason(0), new Date('2023-07-15T00:00:00Z')),
      'error',
    ],
    NO_ENTRIES,
  ],
});
