import { describe, it } from 'node:test';
import { printableString, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext } from '../../support/certs.js';
import { cabfOrgId, evWithOrgId } from '../../support/ev_fixtures.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ev_cabfOrganizationIdentifier_well_formed';

describe(LINT, () => {
  it('passes a well-formed extension', () =>
    assertLint(LINT, evWithOrgId('NTRUS+CA-1234', cabfOrgId('NTR', 'US', '1234', 'CA')), 'pass'));
  it('flags an unknown scheme', () =>
    assertLint(LINT, evWithOrgId('XYZUS-1234', cabfOrgId('XYZ', 'US', '1234')), 'error'));
  it('flags a reference that is not a UTF8String', () =>
    assertLint(
      LINT,
      evWithOrgId(
        'VATUS-1234',
        ext.raw(
          OID.cabfOrganizationIdentifier,
          false,
          sequence(printableString('VAT'), printableString('US'), printableString('1234')),
        ),
      ),
      'error',
    ));
  it('flags a value that is not DER', () =>
    assertLint(
      LINT,
      evWithOrgId(
        'VATUS-1234',
        ext.raw(OID.cabfOrganizationIdentifier, false, Uint8Array.of(0x30, 0x05, 0x13)),
      ),
      'error',
    ));
  it('does not apply without the extension', () => assertLint(LINT, evWithOrgId('VATUS-1234', null), 'NA'));
});
