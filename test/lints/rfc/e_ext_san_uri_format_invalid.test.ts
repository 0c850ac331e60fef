import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_uri_format_invalid';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () =>
    assertLint(LINT, withSan({ uri: 'https://example.com/path' }, { uri: 'urn:isbn:0451450523' }), 'pass'));
  it('flags a URI without scheme', () => assertLint(LINT, withSan({ uri: 'www.example.com' }), 'error'));
  it('flags a URI without scheme-specific part', () =>
    assertLint(LINT, withSan({ uri: 'https://' }), 'error'));
  it('flags an unparseable URI', () => assertLint(LINT, withSan({ uri: 'https://exa mple.com/' }), 'error'));
});
