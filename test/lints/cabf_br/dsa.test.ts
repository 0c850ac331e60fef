/** The DSA key lints of BR 6.1.5 and 6.1.6 (BRs before 1.7.1 allowed DSA). */
import type { Der } from '../../../src/der/encode.js';
import type { Status } from '../../../src/lint/types.js';
import { type Case, describeCases } from '../../support/br_fixtures.js';
import { leaf } from '../../support/certs.js';
import { dsaSpki, issued, oddOfBits } from '../keys_validity_fixtures.js';

const IN_2015 = issued('2015-06-01T00:00:00Z');
/** A leaf of 2015 with this subject key. */
const of2015 = (spki: Der) => leaf({ spki, ...IN_2015 });
// Toy group: p = 23, q = 11, g = 4 has order 11; y = 4^3 mod 23 = 18 is in the subgroup, 5 (order 22) is not.
const toyKey = (y: bigint, withParams = true) => dsaSpki(23n, 11n, 4n, y, withParams);
/** Cases of keys whose p has L bits and q N bits (only the sizes matter), each giving `expected`. */
const sized = (expected: Status, ...sizes: [l: number, n: number][]): Case[] =>
  sizes.map(([l, n]) => [
    `${expected === 'pass' ? 'passes' : 'flags'} L=${l}/N=${n}`,
    () => of2015(dsaSpki(oddOfBits(l), oddOfBits(n), 2n, 5n)),
    expected,
  ]);

describeCases({
  e_dsa_correct_order_in_subgroup: [
    ['passes y of order q', () => of2015(toyKey(18n)), 'pass'],
    ['flags y outside the subgroup', () => of2015(toyKey(5n)), 'error'],
    ['is not applicable to RSA keys', () => leaf(IN_2015), 'NA'],
    ['is not applicable to DSA keys without parameters', () => of2015(toyKey(5n, false)), 'NA'],
    [
      'is no longer effective from BR 1.7.1',
      () => leaf({ spki: toyKey(5n), ...issued('2021-01-01T00:00:00Z') }),
      'NE',
    ],
  ],
  e_dsa_improper_modulus_or_divisor_size: [
    ...sized('pass', [2048, 224], [2048, 256], [3072, 256]),
    ...sized('error', [2048, 160], [1024, 160], [3072, 224]),
    ['is not applicable to RSA keys', () => leaf(), 'NA'],
  ],
  e_dsa_params_missing: [
    ['passes a key with p, q and g', () => of2015(toyKey(18n)), 'pass'],
    ['flags inherited (absent) parameters', () => of2015(toyKey(18n, false)), 'error'],
    ['flags a zero parameter', () => of2015(dsaSpki(23n, 11n, 0n, 18n)), 'error'],
    ['is not applicable to RSA keys', () => leaf(IN_2015), 'NA'],
    ['is no longer effective from BR 1.7.1', () => leaf({ spki: toyKey(18n, false) }), 'NE'],
  ],
  e_dsa_shorter_than_2048_bits: [
    ...sized('pass', [2048, 224], [3072, 256]),
    // A 1024-bit modulus, then a 160-bit divisor.
    ...sized('error', [1024, 160], [2048, 160]),
    ['is not applicable to RSA keys', () => leaf(), 'NA'],
  ],
  e_dsa_unique_correct_representation: [
    ['passes y = 2', () => of2015(toyKey(2n)), 'pass'],
    ['passes y = p-2', () => of2015(toyKey(21n)), 'pass'],
    ['flags y = 1', () => of2015(toyKey(1n)), 'error'],
    ['flags y = p-1', () => of2015(toyKey(22n)), 'error'],
    ['is not applicable to RSA keys', () => leaf(IN_2015), 'NA'],
    ['is no longer effective from BR 1.7.1', () => leaf({ spki: toyKey(1n) }), 'NE'],
  ],
});
