import { describe, it } from 'node:test';
import { withSan } from '../../support/br_fixtures.js';
import { assertLint } from '../../support/lint.js';
import { issued } from '../keys_validity_fixtures.js';

const LINT = 'e_ext_san_contains_reserved_ip';

describe(LINT, () => {
  it('passes a public address', () =>
    assertLint(LINT, withSan([{ ip: '8.8.8.8' }, { ip: '2606:4700::1111' }]), 'pass'));
  it('flags a private IPv4 address', () =>
    assertLint(LINT, withSan(['example.com', { ip: '10.0.0.1' }]), 'error'));
  it('flags an IPv6 documentation address', () =>
    assertLint(LINT, withSan([{ ip: '2001:db8::1' }]), 'error'));
  it('flags an IPv4-mapped loopback address', () =>
    assertLint(
      LINT,
      withSan([{ ip: Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1) }]),
      'error',
    ));
  it('is NA for certificates that expired before November 2015', () =>
    assertLint(LINT, withSan([{ ip: '10.0.0.1' }], issued('2015-01-01T00:00:00Z')), 'NA'));
});
