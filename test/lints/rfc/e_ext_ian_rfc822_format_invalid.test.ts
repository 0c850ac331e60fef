import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_ian_rfc822_format_invalid';

const withIan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.issuerAltName]: ext.issuerAltName(names) } });

describe(LINT, () => {
  it('passes a bare mailbox', () => assertLint(LINT, withIan({ email: 'ca@example.com' }), 'pass'));
  it('flags an angle-bracketed address', () =>
    assertLint(LINT, withIan({ email: '<ca@example.com>' }), 'error'));
  it('flags a display name', () => assertLint(LINT, withIan({ email: 'The CA ca@example.com' }), 'error'));
  it('flags a trailing comment', () => assertLint(LINT, withIan({ email: 'ca@example.com(CA)' }), 'error'));
});
