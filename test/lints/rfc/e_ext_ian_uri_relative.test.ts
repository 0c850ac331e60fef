import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_ian_uri_relative';

const withIan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan({ uri: 'https://ca.example.com/' }), 'pass'));
  it('flags a relative reference', () =>
    assertLint(LINT, withIan({ uri: 'ca.example.com/policy' }), 'error'));
});
