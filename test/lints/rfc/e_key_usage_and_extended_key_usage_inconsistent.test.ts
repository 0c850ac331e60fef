import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf, root } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_key_usage_and_extended_key_usage_inconsistent';
const withUsages = (ku: number[], ekus: string[]) =>
  leaf({ ext: { [OID.keyUsage]: ext.keyUsage(ku), [OID.extKeyUsage]: ext.extKeyUsage(ekus) } });

describe(LINT, () => {
  it('passes digitalSignature + keyEncipherment for serverAuth', () => assertLint(LINT, leaf(), 'pass'));
  it('flags keyEncipherment + keyAgreement for serverAuth alone', () =>
    assertLint(LINT, withUsages([KU.keyEncipherment, KU.keyAgreement], [OID.serverAuth]), 'error'));
  it('flags dataEncipherment for serverAuth', () =>
    assertLint(LINT, withUsages([KU.digitalSignature, KU.dataEncipherment], [OID.serverAuth]), 'error'));
  it('passes bits spread over several purposes', () =>
    assertLint(
      LINT,
      withUsages(
        [KU.digitalSignature, KU.nonRepudiation, KU.keyEncipherment],
        [OID.serverAuth, OID.emailProtection],
      ),
      'pass',
    ));
  it('flags a bit no listed purpose allows', () =>
    assertLint(
      LINT,
      withUsages([KU.digitalSignature, KU.nonRepudiation], [OID.serverAuth, OID.clientAuth]),
      'error',
    ));
  it('does not judge a purpose outside the table', () =>
    assertLint(LINT, withUsages([KU.dataEncipherment], ['1.3.6.1.4.1.311.10.3.4']), 'pass'));
  it('is NA for a CA', () => assertLint(LINT, root(), 'NA'));
});
