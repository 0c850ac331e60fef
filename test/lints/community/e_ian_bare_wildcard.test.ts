import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ian_bare_wildcard';

const withIan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan('*.example.com'), 'pass'));
  it('flags', () => assertLint(LINT, withIan('example.*'), 'error'));
  it('is NA without an issuerAltName', () => assertLint(LINT, leaf(), 'NA'));
});
