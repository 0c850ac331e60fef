import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_underscore_not_permissible_in_dnsname';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const issued = (iso: string) => {
  const notBefore = new Date(`${iso}T00:00:00Z`);
  return { notBefore, notAfter: new Date(notBefore.getTime() + 90 * 86_400_000) };
};

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an underscore', () => assertLint(LINT, withSan('a_b.example.com'), 'error'));
  it('is not effective before 2019-04-01', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2019-01-15'),
        ext: { [OID.subjectAltName]: ext.subjectAltName(['a_b.example.com']) },
      }),
      'NE',
    ));
});
