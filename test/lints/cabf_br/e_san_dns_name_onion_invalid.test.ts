import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_san_dns_name_onion_invalid';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const ev = { [OID.certificatePolicies]: ext.certificatePolicies([OID.evGuidelines]) };

describe(LINT, () => {
  it('passes a v3 address', () => assertLint(LINT, withSan(`${'a'.repeat(56)}.onion`), 'pass'));
  it('flags a name that is no Tor address', () => assertLint(LINT, withSan('zlint.onion'), 'error'));
  it('flags a v2 address in a DV certificate', () =>
    assertLint(LINT, withSan(`${'b'.repeat(16)}.onion`), 'error'));
  it('passes a v2 address in an EV certificate', () =>
    assertLint(
      LINT,
      leaf({ ext: { ...ev, [OID.subjectAltName]: ext.subjectAltName([`${'b'.repeat(16)}.onion`]) } }),
      'pass',
    ));
  it('flags non-base-32 characters', () => assertLint(LINT, withSan(`${'1'.repeat(56)}.onion`), 'error'));
  it('is NA without .onion names', () => assertLint(LINT, leaf(), 'NA'));
});
