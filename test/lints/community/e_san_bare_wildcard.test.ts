import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_san_bare_wildcard';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withSan('*.example.com'), 'pass'));
  it('flags', () => assertLint(LINT, withSan('example.com', 'example.*'), 'error'));
  it('is NA without a subjectAltName', () =>
    assertLint(LINT, leaf({ ext: { [OID.subjectAltName]: null } }), 'NA'));
});
