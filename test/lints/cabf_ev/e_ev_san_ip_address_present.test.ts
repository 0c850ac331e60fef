import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { EV_SUBJECT, ev } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_san_ip_address_present';

describe(LINT, () => {
  it('passes with dNSNames only', () => assertLint(LINT, ev(), 'pass'));
  it('flags an iPAddress in the SAN', () =>
    assertLint(
      LINT,
      ev(EV_SUBJECT, {
        ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com', { ip: '192.0.2.1' }]) },
      }),
      'error',
    ));
  it('does not apply to DV certificates', () => assertLint(LINT, leaf(), 'NA'));
});
