import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_ian_critical';

const withIan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

describe(LINT, () => {
  it('passes a non-critical issuerAltName', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('warns on a critical issuerAltName', () =>
    assertLint(
      LINT,
      leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(['ca.example.com'], true) } }),
      'warn',
    ));
  it('is NA without an issuerAltName', () => assertLint(LINT, leaf(), 'NA'));
});
