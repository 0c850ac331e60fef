import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_subject_contains_malformed_arpa_ip';
const V6 = '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa';
const withSan = (...names: string[]) =>
  leaf({
    subject: name(['CN', names[0] as string]),
    ext: { [OID.subjectAltName]: ext.subjectAltName(names) },
  });

describe(LINT, () => {
  it('does not apply without reverse-DNS names', () => assertLint(LINT, leaf(), 'NA'));
  it('passes a well-formed IPv4 reverse name', () =>
    assertLint(LINT, withSan('7.2.0.192.in-addr.arpa'), 'pass'));
  it('passes a well-formed IPv6 reverse name', () => assertLint(LINT, withSan(V6), 'pass'));
  it('warns on too few IPv4 labels', () => assertLint(LINT, withSan('2.0.192.in-addr.arpa'), 'warn'));
  it('warns on labels that are not octets', () => assertLint(LINT, withSan('a.b.c.d.in-addr.arpa'), 'warn'));
  it('warns on an octet above 255', () => assertLint(LINT, withSan('256.2.0.192.in-addr.arpa'), 'warn'));
  it('warns on too few IPv6 labels', () => assertLint(LINT, withSan(V6.slice(2)), 'warn'));
  it('warns on an IPv6 label that is not a nibble', () =>
    assertLint(LINT, withSan(`g${V6.slice(1)}`), 'warn'));
});
