import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { EV_SUBJECT, ev } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_onion_subject_validity_time_too_large';

const onion = (months: number) =>
  ev(EV_SUBJECT, {
    notBefore: new Date('2019-01-01T00:00:00Z'),
    notAfter: new Date(Date.UTC(2019, months, 1)),
    ext: { [OID.subjectAltName]: ext.subjectAltName(['exampleonionaddress.onion']) },
  });

describe(LINT, () => {
  it('passes 15 months', () => assertLint(LINT, onion(15), 'pass'));
  it('flags 16 months', () => assertLint(LINT, onion(16), 'error'));
  it('does not apply without .onion names', () => assertLint(LINT, leaf(), 'NA'));
});
