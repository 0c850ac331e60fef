import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_san_dns_name_onion_not_ev_cert';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const issued = (iso: string) => {
  const notBefore = new Date(`${iso}T00:00:00Z`);
  return { notBefore, notAfter: new Date(notBefore.getTime() + 90 * 86_400_000) };
};
const ev = { [OID.certificatePolicies]: ext.certificatePolicies([OID.evGuidelines]) };

describe(LINT, () => {
  it('flags a DV certificate with a .onion name before BRs 1.6.9', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2019-01-01'),
        ext: { [OID.subjectAltName]: ext.subjectAltName([`${'a'.repeat(56)}.onion`]) },
      }),
      'error',
    ));
  it('passes an EV certificate', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2019-01-01'),
        ext: { ...ev, [OID.subjectAltName]: ext.subjectAltName([`${'a'.repeat(56)}.onion`]) },
      }),
      'pass',
    ));
  it('is NA from BRs 1.6.9 on', () => assertLint(LINT, withSan(`${'a'.repeat(56)}.onion`), 'NA'));
  it('is not effective before Ballot 144', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2015-01-01'),
        ext: { [OID.subjectAltName]: ext.subjectAltName([`${'a'.repeat(56)}.onion`]) },
      }),
      'NE',
    ));
});
