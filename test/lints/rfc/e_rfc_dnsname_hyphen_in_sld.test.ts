import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_rfc_dnsname_hyphen_in_sld';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes', () => assertLint(LINT, leaf(), 'pass'));
  it('flags a trailing hyphen in the registrable label', () =>
    assertLint(LINT, withSan('example-.com'), 'error'));
  it('is NA for a bare public suffix', () => assertLint(LINT, withSan('com'), 'NA'));
});
