/**
 * The roots of a well-behaved trust store produce no error but the known defects
 * listed here, each a real property of that root (zlint reports the same). The
 * fixture is Debian's ca-certificates 20230311 (the Mozilla root store), all
 * certificates of /usr/share/ca-certificates/mozilla concatenated.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lintCertificate } from '../../src/linter/index.js';
import { readInputObjects } from '../../src/linter/input.js';
import { attributeValues } from '../../src/x509/name.js';
import { OID } from '../../src/x509/oids.js';

const FIXTURE = new URL('../../../test/fixtures/roots/mozilla-roots-debian-20230311.pem', import.meta.url);

/**
 * `lint: root` for each error a root really has: serial number 0, no or
 * non-critical keyUsage, no country in the name, GeneralizedTime before 2050, a
 * keyUsage BIT STRING with superfluous trailing bits. Most predate the rule
 * they break; browsers trust them because a root is judged by its key, not its
 * encoding. A lint that starts to flag one more root fails this test.
 */
const KNOWN_DEFECTS: readonly string[] = [
  'e_basic_constraints_not_critical: Go Daddy Class 2 Certification Authority',
  'e_basic_constraints_not_critical: Starfield Class 2 Certification Authority',
  'e_basic_constraints_not_critical: ePKI Root Certification Authority',
  'e_ca_country_name_missing: GlobalSign',
  'e_ca_country_name_missing: GlobalSign',
  'e_ca_country_name_missing: GlobalSign',
  'e_ca_key_usage_missing: Go Daddy Class 2 Certification Authority',
  'e_ca_key_usage_missing: Starfield Class 2 Certification Authority',
  'e_ca_key_usage_missing: ePKI Root Certification Authority',
  'e_ca_key_usage_not_critical: OISTE WISeKey Global Root GB CA',
  'e_ca_organization_name_missing: Autoridad de Certificacion Firmaprofesional CIF A62634068',
  'e_ext_subject_key_identifier_missing_ca: Hongkong Post Root CA 1',
  'e_ext_subject_key_identifier_missing_ca: TWCA Global Root CA',
  'e_incorrect_ku_encoding: Trustwave Global ECC P256 Certification Authority',
  'e_incorrect_ku_encoding: Trustwave Global ECC P384 Certification Authority',
  'e_root_ca_key_usage_must_be_critical: OISTE WISeKey Global Root GB CA',
  'e_root_ca_key_usage_must_be_critical: QuoVadis Root CA 2',
  'e_root_ca_key_usage_must_be_critical: QuoVadis Root CA 3',
  'e_root_ca_key_usage_must_be_critical: Secure Global CA',
  'e_root_ca_key_usage_must_be_critical: SecureTrust CA',
  'e_root_ca_key_usage_must_be_critical: Security Communication RootCA1',
  'e_root_ca_key_usage_must_be_critical: TeliaSonera Root CA v1',
  'e_root_ca_key_usage_must_be_critical: XRamp Global Certification Authority',
  'e_root_ca_key_usage_present: Go Daddy Class 2 Certification Authority',
  'e_root_ca_key_usage_present: Starfield Class 2 Certification Authority',
  'e_root_ca_key_usage_present: ePKI Root Certification Authority',
  'e_serial_number_not_positive: Go Daddy Class 2 Certification Authority',
  'e_serial_number_not_positive: Go Daddy Root Certificate Authority - G2',
  'e_serial_number_not_positive: Hellenic Academic and Research Institutions ECC RootCA 2015',
  'e_serial_number_not_positive: Hellenic Academic and Research Institutions RootCA 2015',
  'e_serial_number_not_positive: Security Communication RootCA1',
  'e_serial_number_not_positive: Security Communication RootCA2',
  'e_serial_number_not_positive: Starfield Class 2 Certification Authority',
  'e_serial_number_not_positive: Starfield Root Certificate Authority - G2',
  'e_serial_number_not_positive: Starfield Services Root Certificate Authority - G2',
  'e_superfluous_ku_encoding: Trustwave Global ECC P256 Certification Authority',
  'e_superfluous_ku_encoding: Trustwave Global ECC P384 Certification Authority',
  'e_wrong_time_format_pre2050: Certum Trusted Network CA 2',
];

describe('the Mozilla root store', () => {
  const { objects, problems } = readInputObjects(readFileSync(FIXTURE));
  it('reads every root', () => {
    assert.deepEqual(problems, []);
    assert.equal(objects.length, 142);
  });
  it('has no error but the known defects', () => {
    const found: string[] = [];
    for (const { der } of objects) {
      const report = lintCertificate(der);
      assert.equal(report.fatal, undefined, report.fatal?.reason);
      const subject = report.parsed && 'subject' in report.parsed ? report.parsed.subject : undefined;
      const label = subject
        ? (attributeValues(subject, OID.commonName)[0] ??
          attributeValues(subject, OID.organizationalUnitName)[0])
        : '?';
      for (const [lint, r] of Object.entries(report.results))
        if (r.status === 'error' || r.status === 'fatal') found.push(`${lint}: ${label}`);
    }
    assert.deepEqual(found.sort(), [...KNOWN_DEFECTS].sort());
  });
});
