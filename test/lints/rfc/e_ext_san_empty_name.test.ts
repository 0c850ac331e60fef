import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_empty_name';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an empty dNSName', () => assertLint(LINT, withSan('example.com', ''), 'error'));
  it('flags an empty rfc822Name', () => assertLint(LINT, withSan('example.com', { email: '' }), 'error'));
});
