/** The lints on the labels of DNS names: SAN dNSNames and commonNames that are DNS names. */
import { OID } from '../../../src/x509/oids.js';
import { describeCases, eku, policies, withCn, withSan } from '../../support/br_fixtures.js';
import { ext, type KeyName, leaf, name, subCA } from '../../support/certs.js';
import { issued } from '../keys_validity_fixtures.js';

// Client authentication only, under a policy that is not a CA/B Forum TLS policy.
const CLIENT_ONLY = { ...eku([OID.clientAuth]), ...policies('1.3.6.1.4.1.99999.1') };

/** A self-issued leaf from before BRs 1.6.2 with an underscore; signed by its own key unless `key` differs. */
const selfIssued = (key?: KeyName) =>
  leaf({
    ...issued('2018-01-01T00:00:00Z'),
    issuer: name(),
    subject: name(),
    key,
    ext: { [OID.subjectAltName]: ext.subjectAltName(['a_b.example.com'], true) },
  });

describeCases({
  e_arpa_domain_not_allowed: [
    ['passes', () => leaf(), 'pass'],
    ['flags an IPv4 reverse zone name', () => withSan(['4.3.2.1.IN-ADDR.ARPA']), 'error'],
    ['flags an IPv6 reverse zone name', () => withSan(['b.a.9.8.ip6.arpa']), 'error'],
    [
      'is not effective before Ballot SC86',
      () => withSan(['4.3.2.1.in-addr.arpa'], issued('2025-06-01T00:00:00Z')),
      'NE',
    ],
    ['is NA for a CA', () => subCA(), 'NA'],
  ],
  e_dnsname_bad_character_in_label: [
    [
      'passes ordinary, wildcard and underscore names',
      () => withSan(['www.example.com', '*.example.com', 'a_b.example.com']),
      'pass',
    ],
    ['flags a space in a SAN dNSName', () => withSan(['www.exa mple.com']), 'error'],
    ['flags an @ in the commonName', () => withCn('user@example.com', ['example.com']), 'error'],
    ['ignores an IP address commonName', () => withCn('192.0.2.7', ['example.com']), 'pass'],
    [
      'is NA for a certificate not usable for TLS servers',
      () => withSan(['bad name.example.com'], { ext: CLIENT_ONLY }),
      'NA',
    ],
    ['is NA for a CA', () => subCA(), 'NA'],
  ],
  e_dnsname_contains_bare_iana_suffix: [
    ['passes names below a TLD', () => leaf(), 'pass'],
    ['flags a bare TLD', () => withSan(['www.example.com', 'COM']), 'error'],
    ['flags a bare IDN TLD in A-label form', () => withSan(['xn--p1ai']), 'error'],
    ['flags a bare TLD commonName', () => withCn('org', ['example.org']), 'error'],
  ],
  e_dnsname_contains_prohibited_reserved_label: [
    ['passes an xn-- A-label', () => withSan(['xn--bcher-kva.example']), 'pass'],
    ['passes an upper-case XN-- A-label', () => withSan(['XN--bcher-kva.example']), 'pass'],
    ['flags a reserved LDH label', () => withSan(['ab--cd.example.com']), 'error'],
    [
      'is not effective before Ballot SC48',
      () => withSan(['ab--cd.example.com'], issued('2021-06-01T00:00:00Z')),
      'NE',
    ],
  ],
  e_dnsname_empty_label: [
    ['passes', () => leaf(), 'pass'],
    ['flags a doubled dot', () => withSan(['www..example.com']), 'error'],
    ['flags a trailing dot in the commonName', () => withCn('example.com.', ['example.com']), 'error'],
  ],
  e_dnsname_hyphen_in_sld: [
    ['passes', () => leaf(), 'pass'],
    ['passes a hyphen at the edge of a subdomain label', () => withSan(['-www.example.com']), 'pass'],
    ['flags a leading hyphen in the registrable label', () => withSan(['-example.com']), 'error'],
    ['flags a trailing hyphen before a multi-label suffix', () => withSan(['www.example-.co.uk']), 'error'],
    ['is NA when a name is a bare public suffix', () => withSan(['co.uk', 'example-.com']), 'NA'],
  ],
  e_dnsname_label_too_long: [
    ['passes a 63-octet label', () => withSan([`${'a'.repeat(63)}.example.com`]), 'pass'],
    ['flags a 64-octet label', () => withSan([`${'a'.repeat(64)}.example.com`]), 'error'],
  ],
  e_dnsname_left_label_wildcard_correct: [
    ['passes a whole-label wildcard', () => withSan(['*.example.com']), 'pass'],
    ['flags a partial wildcard label', () => withSan(['w*.example.com']), 'error'],
    ['flags a partial wildcard in the commonName', () => withCn('f*o.example.com', ['example.com']), 'error'],
  ],
  e_dnsname_not_valid_tld: [
    ['passes', () => leaf(), 'pass'],
    ['passes an IDN TLD and onion', () => withSan(['example.xn--p1ai', 'x.onion']), 'pass'],
    ['flags an unknown TLD', () => withSan(['www.example.internal']), 'error'],
    ['flags a trailing dot', () => withSan(['example.com.']), 'error'],
  ],
  e_dnsname_underscore_in_sld: [
    ['passes an underscore in a subdomain label', () => withSan(['a_b.example.com']), 'pass'],
    ['flags an underscore in the registrable label', () => withSan(['ex_ample.com']), 'error'],
    ['is NA for a single-label name', () => withSan(['localhost']), 'NA'],
  ],
  e_dnsname_wildcard_only_in_left_label: [
    ['passes a left-most wildcard', () => withSan(['*.example.com']), 'pass'],
    ['flags a wildcard further right', () => withSan(['www.*.example.com']), 'error'],
    [
      'flags a wildcard further right in the commonName',
      () => withCn('a.b*.example.com', ['example.com']),
      'error',
    ],
  ],
  e_no_underscores_before_1_6_2: [
    ['passes before BRs 1.6.2', () => leaf(issued('2018-01-01T00:00:00Z')), 'pass'],
    [
      'flags an underscore before BRs 1.6.2',
      () => withSan(['a_b.example.com'], issued('2018-01-01T00:00:00Z')),
      'error',
    ],
    ['is not effective from BRs 1.6.2', () => withSan(['a_b.example.com']), 'NE'],
    ['applies to a self-issued certificate not signed by its own key', () => selfIssued('p256'), 'error'],
    ['is NA for a self-signed certificate', () => selfIssued(), 'NA'],
  ],
  e_underscore_not_permissible_in_dnsname: [
    ['passes', () => leaf(), 'pass'],
    ['flags an underscore', () => withSan(['a_b.example.com']), 'error'],
    [
      'is not effective before 2019-04-01',
      () => withSan(['a_b.example.com'], issued('2019-01-15T00:00:00Z')),
      'NE',
    ],
  ],
  n_dnsname_wildcard_left_of_public_suffix: [
    ['passes a wildcard below a registrable domain', () => withSan(['*.example.com']), 'pass'],
    ['notes a wildcard over a multi-label suffix', () => withSan(['*.co.uk']), 'notice'],
    ['notes a wildcard over a TLD', () => withSan(['*.com']), 'notice'],
  ],
  w_dnsname_underscore_in_trd: [
    ['passes', () => leaf(), 'pass'],
    ['warns on an underscore in a subdomain label', () => withSan(['a_b.example.com']), 'warn'],
  ],
});
