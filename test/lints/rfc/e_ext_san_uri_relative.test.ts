import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_uri_relative';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes an absolute URI', () => assertLint(LINT, withSan({ uri: 'https://example.com/' }), 'pass'));
  it('flags a network-path reference', () => assertLint(LINT, withSan({ uri: '//example.com/x' }), 'error'));
});
