/*
 * BRs 3.2.2.1 (Identity): the subject's state or province and locality are
 * verified against an authoritative source and are plain, human-readable
 * names. Structure characters (= : { } ; " | \ [ ]) in stateOrProvinceName or
 * localityName show that structured data (JSON, key=value pairs) was injected
 * into the field instead of a name.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { describe } from '../util/subject_values.js';

const STRUCTURE = /[=:{};"|\\[\]]/;

export const lint: CertificateLint = {
  name: 'e_state_or_province_name_must_not_contain_control_characters',
  description:
    'Subject stateOrProvinceName and localityName must be plain names, without the characters = : { } ; " | \\ [ ]',
  citation: 'BRs: 3.2.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const a = cert.subject.attributes.find(
      (x) =>
        (x.type === OID.stateOrProvinceName || x.type === OID.localityName) &&
        x.value !== undefined &&
        STRUCTURE.test(x.value.value),
    );
    return a === undefined ? pass : fail(`${describe(a)} contains a structure character`);
  },
};
