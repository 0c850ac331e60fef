import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_ian_uri_host_not_fqdn_or_ip';

const withIan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

describe(LINT, () => {
  it('passes an FQDN host', () =>
    assertLint(LINT, withIan({ uri: 'https://user@ca.example.com:8443/x' }), 'pass'));
  it('passes an IP host', () => assertLint(LINT, withIan({ uri: 'https://8.8.8.8/x' }), 'pass'));
  it('flags a single-label host', () => assertLint(LINT, withIan({ uri: 'https://ca/x' }), 'error'));
});
