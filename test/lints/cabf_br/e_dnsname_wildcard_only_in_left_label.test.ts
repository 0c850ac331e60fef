import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf, name } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_wildcard_only_in_left_label';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });
const withCn = (cn: string, ...names: string[]) =>
  leaf({ subject: name(['CN', cn]), ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes a left-most wildcard', () => assertLint(LINT, withSan('*.example.com'), 'pass'));
  it('flags a wildcard further right', () => assertLint(LINT, withSan('www.*.example.com'), 'error'));
  it('flags a wildcard further right in the commonName', () =>
    assertLint(LINT, withCn('a.b*.example.com', 'example.com'), 'error'));
});
