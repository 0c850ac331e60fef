import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_not_valid_tld';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('passes an IDN TLD and onion', () => assertLint(LINT, withSan('example.xn--p1ai', 'x.onion'), 'pass'));
  it('flags an unknown TLD', () => assertLint(LINT, withSan('www.example.internal'), 'error'));
  it('flags a trailing dot', () => assertLint(LINT, withSan('example.com.'), 'error'));
});
