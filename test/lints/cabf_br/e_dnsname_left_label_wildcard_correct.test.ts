import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_left_label_wildcard_correct';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const withCn = (cn: string, ...names: string[]) =>
  leaf({ subject: name(['CN', cn]), ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes a whole-label wildcard', () => assertLint(LINT, withSan('*.example.com'), 'pass'));
  it('flags a partial wildcard label', () => assertLint(LINT, withSan('w*.example.com'), 'error'));
  it('flags a partial wildcard in the commonName', () =>
    assertLint(LINT, withCn('f*o.example.com', 'example.com'), 'error'));
});
