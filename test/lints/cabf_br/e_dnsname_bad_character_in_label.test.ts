import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_bad_character_in_label';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const withCn = (cn: string, ...names: string[]) =>
  leaf({ subject: name(['CN', cn]), ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
// Client authentication only, under a policy that is not a CA/B Forum TLS policy.
const clientOnly = {
  [OID.extKeyUsage]: ext.extKeyUsage([OID.clientAuth]),
  [OID.certificatePolicies]: ext.certificatePolicies(['1.3.6.1.4.1.99999.1']),
};

describe(LINT, () => {
  it('passes ordinary, wildcard and underscore names', () =>
    assertLint(LINT, withSan('www.example.com', '*.example.com', 'a_b.example.com'), 'pass'));
  it('flags a space in a SAN dNSName', () => assertLint(LINT, withSan('www.exa mple.com'), 'error'));
  it('flags an @ in the commonName', () =>
    assertLint(LINT, withCn('user@example.com', 'example.com'), 'error'));
  it('ignores an IP address commonName', () => assertLint(LINT, withCn('192.0.2.7', 'example.com'), 'pass'));
  it('is NA for a certificate not usable for TLS servers', () =>
    assertLint(
      LINT,
      leaf({ ext: { ...clientOnly, [OID.subjectAltName]: ext.subjectAltName(['bad name.example.com']) } }),
      'NA',
    ));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
});
