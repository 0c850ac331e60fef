import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_uri_not_ia5';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withSan('example.com', { uri: 'https://example.com/' }), 'pass'));
  it('flags an octet above 0x7F', () =>
    assertLint(LINT, withSan({ uri: 'https://b\u00fccher.example/' }), 'error'));
});
