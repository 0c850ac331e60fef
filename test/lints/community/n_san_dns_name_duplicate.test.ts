import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_san_dns_name_duplicate';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes distinct names', () => assertLint(LINT, leaf(), 'pass'));
  it('notes a name repeated in another case', () =>
    assertLint(LINT, withSan('www.example.com', 'WWW.Example.com'), 'notice'));
});
