import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_contains_bare_iana_suffix';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const withCn = (cn: string, ...names: string[]) =>
  leaf({ subject: name(['CN', cn]), ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes names below a TLD', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a bare TLD', () => assertLint(LINT, withSan('www.example.com', 'COM'), 'error'));
  it('flags a bare IDN TLD in A-label form', () => assertLint(LINT, withSan('xn--p1ai'), 'error'));
  it('flags a bare TLD commonName', () => assertLint(LINT, withCn('org', 'example.org'), 'error'));
});
