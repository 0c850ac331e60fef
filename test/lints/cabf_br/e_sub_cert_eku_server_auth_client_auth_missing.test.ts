import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019, eku } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_sub_cert_eku_server_auth_client_auth_missing';
const brOne = (...purposes: string[]) => leaf({ ...EARLY_2019, ext: eku(purposes) });

describe(LINT, () => {
  it('passes with serverAuth (BR 1.x)', () => assertLint(LINT, brOne(OID.serverAuth), 'pass'));
  it('passes with clientAuth beside anyExtendedKeyUsage (BR 1.x)', () =>
    assertLint(LINT, brOne(OID.anyExtendedKeyUsage, OID.clientAuth), 'pass'));
  it('flags anyExtendedKeyUsage alone (BR 1.x)', () =>
    assertLint(LINT, brOne(OID.anyExtendedKeyUsage), 'error'));
  it('is NA outside TLS (codeSigning only)', () => assertLint(LINT, brOne(OID.codeSigning), 'NA'));
  it('is not effective from BR 2.0.0', () =>
    assertLint(LINT, leaf({ ext: eku([OID.anyExtendedKeyUsage]) }), 'NE'));
});
