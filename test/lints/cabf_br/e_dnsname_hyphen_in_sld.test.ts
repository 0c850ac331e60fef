import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_dnsname_hyphen_in_sld';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('passes a hyphen at the edge of a subdomain label', () =>
    assertLint(LINT, withSan('-www.example.com'), 'pass'));
  it('flags a leading hyphen in the registrable label', () =>
    assertLint(LINT, withSan('-example.com'), 'error'));
  it('flags a trailing hyphen before a multi-label suffix', () =>
    assertLint(LINT, withSan('www.example-.co.uk'), 'error'));
  it('is NA when a name is a bare public suffix', () =>
    assertLint(LINT, withSan('co.uk', 'example-.com'), 'NA'));
});
