import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_san_iana_pub_suffix_empty';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a private-section suffix', () => assertLint(LINT, withSan('foo.github.io'), 'pass'));
  it('notes a bare ICANN suffix', () => assertLint(LINT, withSan('example.com', 'co.uk'), 'notice'));
});
