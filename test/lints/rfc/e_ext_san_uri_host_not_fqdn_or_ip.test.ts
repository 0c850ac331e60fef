import { describe, it } from 'node:test';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_ext_san_uri_host_not_fqdn_or_ip';

describe(LINT, () => {
  it('passes an FQDN host with user and port', () =>
    assertLint(LINT, withSan({ uri: 'test://user@www.example.com:1337/test' }), 'pass'));
  it('passes a wildcard FQDN host', () =>
    assertLint(LINT, withSan({ uri: 'test://*.example.com/' }), 'pass'));
  it('passes an IP host and a URI without authority', () =>
    assertLint(LINT, withSan({ uri: 'http://8.8.8.8/' }, { uri: 'sip:alice@sip.example.com' }), 'pass'));
  it('flags a single-label host', () => assertLint(LINT, withSan({ uri: 'http://localhost/' }), 'error'));
  it('flags a relative reference without host', () => assertLint(LINT, withSan({ uri: 'gov.us' }), 'error'));
});
