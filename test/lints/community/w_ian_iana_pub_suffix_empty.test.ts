import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ian_iana_pub_suffix_empty';

const withIan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

describe(LINT, () => {
  it('passes three labels', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('warns on two labels', () => assertLint(LINT, withIan('example.com'), 'warn'));
});
