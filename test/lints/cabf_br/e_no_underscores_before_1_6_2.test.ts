import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_no_underscores_before_1_6_2';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const issued = (iso: string) => {
  const notBefore = new Date(`${iso}T00:00:00Z`);
  return { notBefore, notAfter: new Date(notBefore.getTime() + 90 * 86_400_000) };
};

describe(LINT, () => {
  it('passes before BRs 1.6.2', () => assertLint(LINT, leaf({ ...issued('2018-01-01') }), 'pass'));
  it('flags an underscore before BRs 1.6.2', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2018-01-01'),
        ext: { [OID.subjectAltName]: ext.subjectAltName(['a_b.example.com']) },
      }),
      'error',
    ));
  it('is not effective from BRs 1.6.2', () => assertLint(LINT, withSan('a_b.example.com'), 'NE'));
  it('applies to a self-issued certificate not signed by its own key', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2018-01-01'),
        issuer: name(),
        subject: name(),
        key: 'p256',
        ext: { [OID.subjectAltName]: ext.subjectAltName(['a_b.example.com'], true) },
      }),
      'error',
    ));
  it('is NA for a self-signed certificate', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2018-01-01'),
        issuer: name(),
        subject: name(),
        ext: { [OID.subjectAltName]: ext.subjectAltName(['a_b.example.com'], true) },
      }),
      'NA',
    ));
});
