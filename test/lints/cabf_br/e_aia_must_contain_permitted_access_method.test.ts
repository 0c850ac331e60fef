import { describe, it } from 'node:test';
import { oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { aia, EARLY_2019 } from '../../support/br_fixtures.js';
import { extension, generalName, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_aia_must_contain_permitted_access_method';
const CA_REPOSITORY = {
  [OID.authorityInfoAccess]: extension(
    OID.authorityInfoAccess,
    false,
    sequence(sequence(oid('1.3.6.1.5.5.7.48.5'), generalName({ uri: 'http://repo.example.net/' }))),
  ),
};

describe(LINT, () => {
  it('passes with OCSP and caIssuers URIs', () => assertLint(LINT, leaf(), 'pass'));
  it('flags an id-ad-caRepository access method', () =>
    assertLint(LINT, leaf({ ext: CA_REPOSITORY }), 'error'));
  it('flags an OCSP location that is a dNSName', () =>
    assertLint(LINT, leaf({ ext: aia({ ocsp: [{ dns: 'ocsp.example.net' }] }) }), 'error'));
  it('is NA for a subordinate CA', () => assertLint(LINT, subCA(), 'NA'));
  it('is NA without AIA', () => assertLint(LINT, leaf({ ext: { [OID.authorityInfoAccess]: null } }), 'NA'));
  it('is not effective before SC62', () =>
    assertLint(LINT, leaf({ ...EARLY_2019, ext: CA_REPOSITORY }), 'NE'));
});
