import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { crl, ext } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'e_crl_number_out_of_range';
const numbered = (n: bigint) => crl({ ext: { [OID.crlNumber]: ext.crlNumber(n) } });

describe(LINT, () => {
  it('passes 0', () => assertLint(LINT, numbered(0n), 'pass'));
  it('passes 2^159 - 1', () => assertLint(LINT, numbered((1n << 159n) - 1n), 'pass'));
  it('flags 2^159', () => assertLint(LINT, numbered(1n << 159n), 'error'));
  it('flags a negative number', () => assertLint(LINT, numbered(-1n), 'error'));
  it('flags a missing cRLNumber', () => assertLint(LINT, crl({ ext: { [OID.crlNumber]: null } }), 'error'));
});
