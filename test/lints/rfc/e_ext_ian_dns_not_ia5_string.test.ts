import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_ian_dns_not_ia5_string';

const withIan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withIan('ca.example.com'), 'pass'));
  it('flags an octet above 0x7F', () => assertLint(LINT, withIan('b\u00fccher.example'), 'error'));
  it('is NA without an issuerAltName', () => assertLint(LINT, leaf(), 'NA'));
});
