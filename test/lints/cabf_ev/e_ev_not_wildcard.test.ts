import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { EV_SUBJECT, ev } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_not_wildcard';

const sans = (...n: string[]) => ({ ext: { [OID.subjectAltName]: ext.subjectAltName(n) } });

describe(LINT, () => {
  it('passes without wildcards', () => assertLint(LINT, ev(), 'pass'));
  it('flags a wildcard dNSName', () =>
    assertLint(LINT, ev(EV_SUBJECT, sans('www.example.com', '*.example.com')), 'error'));
  it('allows a wildcard .onion name', () =>
    assertLint(LINT, ev(EV_SUBJECT, sans('www.example.com', '*.exampleonionaddress.onion')), 'pass'));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
});
