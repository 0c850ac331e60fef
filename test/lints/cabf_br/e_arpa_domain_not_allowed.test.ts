import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_arpa_domain_not_allowed';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const issued = (iso: string) => {
  const notBefore = new Date(`${iso}T00:00:00Z`);
  return { notBefore, notAfter: new Date(notBefore.getTime() + 90 * 86_400_000) };
};

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an IPv4 reverse zone name', () => assertLint(LINT, withSan('4.3.2.1.IN-ADDR.ARPA'), 'error'));
  it('flags an IPv6 reverse zone name', () => assertLint(LINT, withSan('b.a.9.8.ip6.arpa'), 'error'));
  it('is not effective before Ballot SC86', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2025-06-01'),
        ext: { [OID.subjectAltName]: ext.subjectAltName(['4.3.2.1.in-addr.arpa']) },
      }),
      'NE',
    ));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
});
