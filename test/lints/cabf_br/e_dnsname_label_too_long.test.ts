import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_label_too_long';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes a 63-octet label', () => assertLint(LINT, withSan(`${'a'.repeat(63)}.example.com`), 'pass'));
  it('flags a 64-octet label', () => assertLint(LINT, withSan(`${'a'.repeat(64)}.example.com`), 'error'));
});
