import { describe, it } from 'node:test';
import { integer, sequence, time } from '../../../src/der/encode.js';
import { crl, DEFAULT_THIS_UPDATE } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { crlWithRevokedList } from '../../support/rfc_fixtures.js';

const LINT = 'e_crl_empty_extn_sequence';
/** One entry carrying an empty crlEntryExtensions SEQUENCE. */
const emptyEntryExtensions = sequence(
  sequence(integer(7), time(new Date(DEFAULT_THIS_UPDATE.getTime() - 86_400_000)), sequence()),
);

describe(LINT, () => {
  it('passes entries with extensions', () => assertLint(LINT, crl(), 'pass'));
  it('passes entries without extensions', () => assertLint(LINT, crl({ revoked: [{ serial: 7n }] }), 'pass'));
  it('flags an empty crlEntryExtensions', () =>
    assertLint(LINT, crlWithRevokedList(emptyEntryExtensions), 'error'));
});
