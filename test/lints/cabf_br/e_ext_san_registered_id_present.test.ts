import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, type GN, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_san_registered_id_present';

const withSan = (...names: (GN | string)[]) =>
  leaf({ ext: { [OID.subjectAltName]: ext.subjectAltName(names) } });

describe(LINT, () => {
  it('passes dNSName and iPAddress entries', () =>
    assertLint(LINT, withSan('example.com', { ip: '8.8.8.8' }), 'pass'));
  it('flags the name type', () => assertLint(LINT, withSan('example.com', { rid: '1.2.3.4' }), 'error'));
  it('is NA without a subjectAltName', () =>
    assertLint(LINT, leaf({ ext: { [OID.subjectAltName]: null } }), 'NA'));
});
