import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_international_dns_name_not_unicode';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes valid Punycode', () => assertLint(LINT, withSan('xn--bcher-kva.example'), 'pass'));
  it('flags an invalid Punycode label', () => assertLint(LINT, withSan('xn--a!b.example.com'), 'error'));
  it('flags an overflowing Punycode label', () =>
    assertLint(LINT, withSan('XN--999999999999a.example.com'), 'error'));
});
