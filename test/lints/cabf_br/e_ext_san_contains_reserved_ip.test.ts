import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_contains_reserved_ip';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const issued = (iso: string) => {
  const notBefore = new Date(`${iso}T00:00:00Z`);
  return { notBefore, notAfter: new Date(notBefore.getTime() + 90 * 86_400_000) };
};

describe(LINT, () => {
  it('passes a public address', () =>
    assertLint(LINT, withSan({ ip: '8.8.8.8' }, { ip: '2606:4700::1111' }), 'pass'));
  it('flags a private IPv4 address', () =>
    assertLint(LINT, withSan('example.com', { ip: '10.0.0.1' }), 'error'));
  it('flags an IPv6 documentation address', () => assertLint(LINT, withSan({ ip: '2001:db8::1' }), 'error'));
  it('flags an IPv4-mapped loopback address', () =>
    assertLint(
      LINT,
      withSan({ ip: Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1) }),
      'error',
    ));
  it('is NA for certificates that expired before November 2015', () =>
    assertLint(
      LINT,
      leaf({
        ...issued('2015-01-01'),
        ext: { [OID.subjectAltName]: ext.subjectAltName([{ ip: '10.0.0.1' }]) },
      }),
      'NA',
    ));
});
