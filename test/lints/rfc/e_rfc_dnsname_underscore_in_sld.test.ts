import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_rfc_dnsname_underscore_in_sld';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, withSan('a_b.example.com'), 'pass'));
  it('flags an underscore in the registrable label', () =>
    assertLint(LINT, withSan('ex_ample.com'), 'error'));
});
