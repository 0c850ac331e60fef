import { describe, it } from 'node:test';
import { oid, printableString, sequence, set } from '../../../src/der/encode.js';
import { ext, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_ext_subject_directory_attr_critical';
const SDA = '2.5.29.9';
/** subjectDirectoryAttributes with countryOfCitizenship US. */
const withExt = (critical: boolean) =>
  leaf({
    ext: {
      [SDA]: ext.raw(SDA, critical, sequence(sequence(oid('1.3.6.1.5.5.7.9.4'), set(printableString('US'))))),
    },
  });

describe(LINT, () => {
  it('passes when the extension is non-critical', () => assertLint(LINT, withExt(false), 'pass'));
  it('flags the extension when critical', () => assertLint(LINT, withExt(true), 'error'));
  it('is NA without the extension', () => assertLint(LINT, leaf(), 'NA'));
});
