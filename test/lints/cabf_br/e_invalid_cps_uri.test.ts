import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { EARLY_2019 } from '../../support/br_fixtures.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_invalid_cps_uri';
const cps = (uri: string) => ({
  ext: { [OID.certificatePolicies]: ext.certificatePolicies([{ oid: OID.brDomainValidated, cps: uri }]) },
});

describe(LINT, () => {
  it('passes with an https CPS URI', () => assertLint(LINT, leaf(cps('https://ca.example.net/cps')), 'pass'));
  it('passes with an http CPS URI', () => assertLint(LINT, leaf(cps('http://ca.example.net/cps')), 'pass'));
  it('passes without qualifiers', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an ftp CPS URI', () => assertLint(LINT, leaf(cps('ftp://ca.example.net/cps')), 'error'));
  it('flags a CPS URI without a scheme', () => assertLint(LINT, leaf(cps('www.example.net/cps')), 'error'));
  it('flags text that is no URL', () => assertLint(LINT, leaf(cps('this is not a valid url')), 'error'));
  it('is NA without certificatePolicies', () =>
    assertLint(LINT, leaf({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
  it('is not effective before BR 2.0.0', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ...cps('ftp://ca.example.net/cps') }), 'NE'));
});
