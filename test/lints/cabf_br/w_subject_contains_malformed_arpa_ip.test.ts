import { describe, it } from 'node:test';
import { withCn } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_subject_contains_malformed_arpa_ip';
const V6 = '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa';
const withName = (dns: string) => withCn(dns, [dns]);

describe(LINT, () => {
  it('does not apply without reverse-DNS names', () => assertLint(LINT, leaf(), 'NA'));
  it('passes a well-formed IPv4 reverse name', () =>
    assertLint(LINT, withName('7.2.0.192.in-addr.arpa'), 'pass'));
  it('passes a well-formed IPv6 reverse name', () => assertLint(LINT, withName(V6), 'pass'));
  it('warns on too few IPv4 labels', () => assertLint(LINT, withName('2.0.192.in-addr.arpa'), 'warn'));
  it('warns on labels that are not octets', () => assertLint(LINT, withName('a.b.c.d.in-addr.arpa'), 'warn'));
  it('warns on an octet above 255', () => assertLint(LINT, withName('256.2.0.192.in-addr.arpa'), 'warn'));
  it('warns on too few IPv6 labels', () => assertLint(LINT, withName(V6.slice(2)), 'warn'));
  it('warns on an IPv6 label that is not a nibble', () =>
    assertLint(LINT, withName(`g${V6.slice(1)}`), 'warn'));
});
