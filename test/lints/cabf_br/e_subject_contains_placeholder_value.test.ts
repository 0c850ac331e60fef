import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { eku, withCn } from '../../support/br_fixtures.js';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_contains_placeholder_value';

/** An OV-style subject with one attribute replaced or added. */
function ovStyleLeaf(changes: Record<string, string> = {}, extra: Attr[] = []) {
  const base: Record<string, string> = {
    C: 'US',
    ST: 'Illinois',
    L: 'Springfield',
    O: 'Example Inc',
    ...changes,
  };
  const attrs: Attr[] = Object.entries(base).map(([k, v]) => [k, v]);
  return leaf({ subject: name(...attrs, ...extra, ['CN', 'www.example.com']) });
}

describe(LINT, () => {
  it('passes real values', () => assertLint(LINT, ovStyleLeaf(), 'pass'));
  it('flags "N/A" in stateOrProvinceName (seed 004)', () =>
    assertLint(LINT, ovStyleLeaf({ ST: 'N/A' }), 'error'));
  it('flags "NA" in streetAddress', () => assertLint(LINT, ovStyleLeaf({}, [['street', 'NA']]), 'error'));
  it('flags "(none)" in localityName', () => assertLint(LINT, ovStyleLeaf({ L: '(none)' }), 'error'));
  it('flags "Not Applicable", whatever the case and spacing', () =>
    assertLint(LINT, ovStyleLeaf({ L: '  not  APPLICABLE ' }), 'error'));
  it('flags "unknown" and "null"', () => {
    assertLint(LINT, ovStyleLeaf({ L: 'Unknown' }), 'error');
    assertLint(LINT, ovStyleLeaf({ O: 'NULL' }), 'error');
  });
  it('flags punctuation only', () => assertLint(LINT, ovStyleLeaf({}, [['postalCode', '--']]), 'error'));
  it("flags OpenSSL's sample defaults", () => {
    assertLint(LINT, ovStyleLeaf({ ST: 'Some-State' }), 'error');
    assertLint(LINT, ovStyleLeaf({ L: 'Default City' }), 'error');
    assertLint(LINT, ovStyleLeaf({ O: 'Default Company Ltd' }), 'error');
    assertLint(LINT, ovStyleLeaf({ O: 'Internet Widgits Pty Ltd' }), 'error');
  });
  it('passes values that only contain a placeholder word', () => {
    assertLint(LINT, ovStyleLeaf({ O: 'None Such Ltd' }), 'pass');
    assertLint(LINT, ovStyleLeaf({ L: 'Unknown Creek' }), 'pass');
    assertLint(LINT, ovStyleLeaf({ O: 'Bank of America, N.A.' }), 'pass');
  });
  it('passes NA as the country code of Namibia', () =>
    assertLint(LINT, ovStyleLeaf({ C: 'NA', ST: 'Khomas', L: 'Windhoek' }), 'pass'));
  it('passes NA as the Italian province of Naples, but not in the US', () => {
    assertLint(LINT, ovStyleLeaf({ C: 'IT', ST: 'NA', L: 'Napoli' }), 'pass');
    assertLint(LINT, ovStyleLeaf({ C: 'US', ST: 'NA' }), 'error');
  });
  it('passes real surnames that look like placeholder words', () => {
    assertLint(
      LINT,
      ovStyleLeaf({}, [
        ['SN', 'Na'],
        ['GN', 'Min-jun'],
      ]),
      'pass',
    );
    assertLint(
      LINT,
      ovStyleLeaf({}, [
        ['SN', 'Null'],
        ['GN', 'Ada'],
      ]),
      'pass',
    );
  });
  it('flags "N/A" as a surname', () =>
    assertLint(
      LINT,
      ovStyleLeaf({}, [
        ['SN', 'N/A'],
        ['GN', 'Ada'],
      ]),
      'error',
    ));
  it('passes "::" as a commonName, an IPv6 address', () =>
    assertLint(LINT, withCn('::', [{ ip: '::' }]), 'pass'));
  it('flags a placeholder organizationalUnitName from SC16 on, not before', () => {
    assertLint(LINT, ovStyleLeaf({}, [['OU', 'N/A']]), 'error');
    const early = { notBefore: new Date('2018-06-01T00:00:00Z'), notAfter: new Date('2018-09-01T00:00:00Z') };
    assertLint(
      LINT,
      leaf({
        ...early,
        subject: name(['C', 'US'], ['O', 'Example Inc'], ['OU', 'N/A'], ['CN', 'www.example.com']),
      }),
      'pass',
    );
    assertLint(
      LINT,
      leaf({ ...early, subject: name(['C', 'US'], ['L', 'N/A'], ['CN', 'www.example.com']) }),
      'error',
    );
  });
  it('does not apply to CA certificates', () =>
    assertLint(LINT, subCA({ subject: name(['C', 'US'], ['O', 'N/A'], ['CN', 'Example CA']) }), 'NA'));
  it('does not apply to certificates without serverAuth', () =>
    assertLint(
      LINT,
      leaf({
        subject: name(['L', 'N/A'], ['CN', 'www.example.com']),
        ext: eku([OID.clientAuth]),
      }),
      'NA',
    ));
});
