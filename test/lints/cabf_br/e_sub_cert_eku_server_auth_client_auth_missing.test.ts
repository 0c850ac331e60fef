import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_eku_server_auth_client_auth_missing';
const OLD = { notBefore: new Date('2019-01-01T00:00:00Z'), notAfter: new Date('2019-03-01T00:00:00Z') };
const eku = (ekus: string[]) => ({ ...OLD, ext: { [OID.extKeyUsage]: ext.extKeyUsage(ekus) } });

describe(LINT, () => {
  it('passes with serverAuth (BR 1.x)', () => assertLint(LINT, leaf(eku([OID.serverAuth])), 'pass'));
  it('passes with clientAuth beside anyExtendedKeyUsage (BR 1.x)', () =>
    assertLint(LINT, leaf(eku([OID.anyExtendedKeyUsage, OID.clientAuth])), 'pass'));
  it('flags anyExtendedKeyUsage alone (BR 1.x)', () =>
    assertLint(LINT, leaf(eku([OID.anyExtendedKeyUsage])), 'error'));
  it('is NA outside TLS (codeSigning only)', () => assertLint(LINT, leaf(eku([OID.codeSigning])), 'NA'));
  it('is not effective from BR 2.0.0', () =>
    assertLint(LINT, leaf({ ext: { [OID.extKeyUsage]: ext.extKeyUsage([OID.anyExtendedKeyUsage]) } }), 'NE'));
});
