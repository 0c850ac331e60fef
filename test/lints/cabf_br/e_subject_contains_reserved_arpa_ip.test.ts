import { describe, it } from 'node:test';
import { withCn } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_contains_reserved_arpa_ip';
const withName = (dns: string) => withCn(dns, [dns]);
/** The ip6.arpa name of a 32-nibble hex address. */
const ip6 = (hex: string) => `${[...hex].reverse().join('.')}.ip6.arpa`;

describe(LINT, () => {
  it('passes the reverse name of a public IPv4 address', () =>
    assertLint(LINT, withName('8.8.8.8.in-addr.arpa'), 'pass'));
  it('flags the reverse name of a private IPv4 address', () =>
    assertLint(LINT, withName('1.1.168.192.in-addr.arpa'), 'error'));
  it('ignores case of the zone', () => assertLint(LINT, withName('1.0.0.10.IN-ADDR.ARPA'), 'error'));
  it('passes a reverse name with too few labels', () =>
    assertLint(LINT, withName('168.192.in-addr.arpa'), 'pass'));
  it('passes labels that are not an address', () =>
    assertLint(LINT, withName('a.b.c.d.in-addr.arpa'), 'pass'));
  it('passes the reverse name of a public IPv6 address', () =>
    assertLint(LINT, withName(ip6('20014860486000000000000000008888')), 'pass'));
  it('flags the reverse name of a documentation IPv6 address', () =>
    assertLint(LINT, withName(ip6('20010db8000000000000000000000001')), 'error'));
  it('flags an IPv4-mapped address in the IPv6 zone', () =>
    assertLint(LINT, withName(ip6('00000000000000000000ffff08080808')), 'error'));
  it('is NA without reverse DNS names', () => assertLint(LINT, leaf(), 'NA'));
});
