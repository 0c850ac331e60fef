import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'n_dnsname_wildcard_left_of_public_suffix';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes a wildcard below a registrable domain', () =>
    assertLint(LINT, withSan('*.example.com'), 'pass'));
  it('notes a wildcard over a multi-label suffix', () => assertLint(LINT, withSan('*.co.uk'), 'notice'));
  it('notes a wildcard over a TLD', () => assertLint(LINT, withSan('*.com'), 'notice'));
});
