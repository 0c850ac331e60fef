import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_dnsname_underscore_in_trd';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('warns on an underscore in a subdomain label', () =>
    assertLint(LINT, withSan('a_b.example.com'), 'warn'));
});
