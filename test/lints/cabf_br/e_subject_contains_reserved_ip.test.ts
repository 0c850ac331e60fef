import { describe, it } from 'node:test';
import { withCn } from '../../support/br_fixtures.js';
import { type CertOptions, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_contains_reserved_ip';
const withIp = (ip: string, options: CertOptions = {}) => withCn(ip, [{ ip }], options);

describe(LINT, () => {
  it('passes a DNS commonName', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a public IPv4 commonName', () => assertLint(LINT, withIp('8.8.8.8'), 'pass'));
  it('passes a public IPv6 commonName', () => assertLint(LINT, withIp('2001:4860:4860::8888'), 'pass'));
  it('flags a private IPv4 commonName', () => assertLint(LINT, withIp('10.1.2.3'), 'error'));
  it('flags a documentation IPv4 commonName', () => assertLint(LINT, withIp('192.0.2.7'), 'error'));
  it('flags IPv6 loopback', () => assertLint(LINT, withIp('::1'), 'error'));
  it('flags a unique-local IPv6 commonName', () => assertLint(LINT, withIp('fd00::1'), 'error'));
  it('flags an IPv4-mapped private address', () => assertLint(LINT, withIp('::ffff:192.168.1.1'), 'error'));
  it('does not apply to certificates expiring by 1 November 2015', () =>
    assertLint(
      LINT,
      withIp('10.1.2.3', {
        notBefore: new Date('2014-11-01T00:00:00Z'),
        notAfter: new Date('2015-11-01T00:00:00Z'),
      }),
      'NA',
    ));
});
