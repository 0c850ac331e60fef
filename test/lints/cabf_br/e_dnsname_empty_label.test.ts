import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_empty_label';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const withCn = (cn: string, ...names: string[]) =>
  leaf({ subject: name(['CN', cn]), ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a doubled dot', () => assertLint(LINT, withSan('www..example.com'), 'error'));
  it('flags a trailing dot in the commonName', () =>
    assertLint(LINT, withCn('example.com.', 'example.com'), 'error'));
});
