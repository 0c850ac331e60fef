import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_contains_prohibited_reserved_label';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const issued = (iso: string) => {
  const notBefore = new Date(`${iso}T00:00:00Z`);
  return { notBefore, notAfter: new Date(notBefore.getTime() + 90 * 86_400_000) };
};

describe(LINT, () => {
  it('passes an xn-- A-label', () => assertLint(LINT, withSan('xn--bcher-kva.example'), 'pass'));
  it('passes an upper-case XN-- A-label', () => assertLint(LINT, withSan('XN--bcher-kva.example'), 'pass'));
  it('flags a reserved LDH label', () => assertLint(LINT, withSan('ab--cd.example.com'), 'error'));
  it('is not effective before Ballot SC48', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2021-06-01'),
        ext: { [OID.subjectAltName]: ext.subjectAltName(['ab--cd.example.com']) },
      }),
      'NE',
    ));
});
