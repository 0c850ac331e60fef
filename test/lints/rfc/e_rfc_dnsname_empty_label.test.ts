import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { withSan } from '../../support/rfc_fixtures.js';

const LINT = 'e_rfc_dnsname_empty_label';

const withCn = (cn: string, ...names: string[]) =>
  leaf({ subject: name(['CN', cn]), ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an empty label', () => assertLint(LINT, withSan('a..example.com'), 'error'));
  it('ignores the commonName', () => assertLint(LINT, withCn('a..example.com', 'example.com'), 'pass'));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
});
