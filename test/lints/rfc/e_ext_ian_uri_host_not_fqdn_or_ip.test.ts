import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withIan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_ian_uri_host_not_fqdn_or_ip';

describe(LINT, () => {
  it('passes an FQDN host', () =>
    assertLint(LINT, withIan({ uri: 'https://user@ca.example.com:8443/x' }), 'pass'));
  it('passes an IP host', () => assertLint(LINT, withIan({ uri: 'https://8.8.8.8/x' }), 'pass'));
  it('flags a single-label host', () => assertLint(LINT, withIan({ uri: 'https://ca/x' }), 'error'));
});
