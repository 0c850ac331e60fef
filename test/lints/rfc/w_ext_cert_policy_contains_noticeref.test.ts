import { describe, it } from 'node:test';
import { integer, oid, sequence, utf8String } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ext_cert_policy_contains_noticeref';
const noticeRef = sequence(utf8String('Example Org'), sequence(integer(1)));

describe(LINT, () => {
  it('passes a userNotice with only explicitText', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.certificatePolicies]: ext.certificatePolicies([
            { oid: OID.brDomainValidated, userNotice: 'Hi' },
          ]),
        },
      }),
      'pass',
    ));
  it('warns on a noticeRef', () =>
    assertLint(
      LINT,
      leaf({
        ext: {
          [OID.certificatePolicies]: ext.certificatePolicies([
            {
              oid: OID.brDomainValidated,
              qualifiers: [sequence(oid(OID.userNotice), sequence(noticeRef, utf8String('Hi')))],
            },
          ]),
        },
      }),
      'warn',
    ));
  it('is NA without certificatePolicies', () =>
    assertLint(LINT, leaf({ ext: { [OID.certificatePolicies]: null } }), 'NA'));
});
