/** e_ext_san_*_present: a TLS subscriber SAN holds only dNSName and iPAddress entries. */
import { describe, it } from 'node:test';
import { explicit, implicitConstructed, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { withSan } from '../../support/br_fixtures.js';
import { type GN, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const PROHIBITED: readonly [lint: string, entry: GN][] = [
  ['e_ext_san_directory_name_present', { dn: name(['CN', 'Example']) }],
  ['e_ext_san_edi_party_name_present', { raw: implicitConstructed(5, explicit(1, utf8String('Example'))) }],
  ['e_ext_san_other_name_present', { other: ['1.3.6.1.4.1.311.20.2.3', utf8String('user@example.com')] }],
  ['e_ext_san_registered_id_present', { rid: '1.2.3.4' }],
  ['e_ext_san_rfc822_name_present', { email: 'user@example.com' }],
  ['e_ext_san_uniform_resource_identifier_present', { uri: 'https://example.com/' }],
];

for (const [lint, entry] of PROHIBITED) {
  describe(lint, () => {
    it('passes dNSName and iPAddress entries', () =>
      assertLint(lint, withSan(['example.com', { ip: '8.8.8.8' }]), 'pass'));
    it('flags the name type', () => assertLint(lint, withSan(['example.com', entry]), 'error'));
    it('is NA without a subjectAltName', () =>
      assertLint(lint, leaf({ ext: { [OID.subjectAltName]: null } }), 'NA'));
  });
}
