import { describe, it } from 'node:test';
import { implicit, oid, sequence } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_subject_info_access_marked_critical';
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const withExt = (critical: boolean) =>
  subCA({
    ext: {
      [OID.subjectInfoAccess]: ext.raw(
        OID.subjectInfoAccess,
        critical,
        sequence(sequence(oid('1.3.6.1.5.5.7.48.5'), implicit(6, ascii('http://repo.example.net/')))),
      ),
    },
  });

describe(LINT, () => {
  it('passes when the extension is non-critical', () => assertLint(LINT, withExt(false), 'pass'));
  it('flags the extension when critical', () => assertLint(LINT, withExt(true), 'error'));
  it('is NA without the extension', () =>
    assertLint(LINT, subCA({ ext: { [OID.subjectInfoAccess]: null } }), 'NA'));
});
