/**
 * The key, signature and key-usage lints of batch keys_validity against every
 * key the test support makes (and an RSASSA-PSS key Node makes): each subject
 * key on the default leaf, and each key as the signer.
 */
import { describe, it } from 'node:test';
import type { Status } from '../../src/lint/types.js';
import { type KeyName, leaf } from '../support/certs.js';
import { assertLint } from '../support/lint.js';
import { pssAlg, pssSpki } from './keys_validity_fixtures.js';

const KEYS: readonly KeyName[] = ['rsa2048', 'rsa3072', 'p256', 'p384', 'p521', 'ed25519'];
type Kind = 'rsa' | 'ec' | 'ed';
const kind = (k: KeyName): Kind => (k.startsWith('rsa') ? 'rsa' : k === 'ed25519' ? 'ed' : 'ec');

/** Expected status for a leaf whose subject key is of each kind. */
const SUBJECT_KEY: Record<string, Record<Kind, Status>> = {
  e_algorithm_identifier_improper_encoding: { rsa: 'pass', ec: 'pass', ed: 'error' },
  e_public_key_type_not_allowed: { rsa: 'pass', ec: 'pass', ed: 'error' },
  e_mp_rsassa_pss_in_spki: { rsa: 'pass', ec: 'pass', ed: 'pass' },
  e_ec_improper_curves: { rsa: 'NA', ec: 'pass', ed: 'NA' },
  e_mp_ecdsa_pub_key_encoding_correct: { rsa: 'NA', ec: 'pass', ed: 'NA' },
  e_cabf_ecc_allowed_key_usages: { rsa: 'NA', ec: 'pass', ed: 'NA' },
  e_ecdsa_allowed_ku: { rsa: 'NA', ec: 'pass', ed: 'NA' },
  n_ecdsa_ee_invalid_ku: { rsa: 'NA', ec: 'pass', ed: 'NA' },
  e_rsa_allowed_ku_ee: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_spki_rsa_encryption_parameter_not_null: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_rsa_mod_less_than_2048_bits: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_mp_modulus_must_be_2048_bits_or_more: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_mp_modulus_must_be_divisible_by_8: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_mp_exponent_cannot_be_one: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_rsa_public_exponent_not_odd: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_rsa_public_exponent_too_small: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  w_rsa_public_exponent_not_in_range: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  w_rsa_mod_not_odd: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  w_rsa_mod_factors_smaller_than_752: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_rsa_no_public_key: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_prohibit_dsa_usage: { rsa: 'pass', ec: 'pass', ed: 'pass' },
};

/** Expected status for a leaf signed by a key of each kind. */
const SIGNER: Record<string, Record<Kind, Status>> = {
  e_signature_algorithm_not_supported: { rsa: 'pass', ec: 'pass', ed: 'error' },
  e_mp_ecdsa_signature_encoding_correct: { rsa: 'NA', ec: 'pass', ed: 'NA' },
  e_tbs_signature_rsa_encryption_parameter_not_null: { rsa: 'pass', ec: 'NA', ed: 'NA' },
  e_cert_sig_alg_not_match_tbs_sig_alg: { rsa: 'pass', ec: 'pass', ed: 'pass' },
  e_sub_cert_or_sub_ca_using_sha1: { rsa: 'pass', ec: 'pass', ed: 'pass' },
  e_mp_rsassa_pss_parameters_encoding_in_signature_algorithm_correct: { rsa: 'NA', ec: 'NA', ed: 'NA' },
};

const lintName = (key: string) => key.replaceAll('rsassa_pss', 'rsassa-pss');

describe('keys_validity lints over the test keys', () => {
  for (const k of KEYS) {
    it(`subject key ${k}`, () => {
      const der = leaf({ key: k });
      for (const [name, expected] of Object.entries(SUBJECT_KEY))
        assertLint(lintName(name), der, expected[kind(k)]);
    });
    it(`signer ${k}`, () => {
      const der = leaf({ signer: k });
      for (const [name, expected] of Object.entries(SIGNER))
        assertLint(lintName(name), der, expected[kind(k)]);
    });
  }
  it('an RSASSA-PSS subject key and signature', () => {
    const der = leaf({ spki: pssSpki(), signatureAlgorithm: pssAlg(1, 32) });
    const expected: Record<string, Status> = {
      'e_mp_rsassa-pss_in_spki': 'error',
      e_public_key_type_not_allowed: 'error',
      e_algorithm_identifier_improper_encoding: 'error',
      e_rsa_mod_less_than_2048_bits: 'NA',
      e_rsa_allowed_ku_ee: 'NA',
      e_spki_rsa_encryption_parameter_not_null: 'NA',
      e_signature_algorithm_not_supported: 'pass',
      'e_mp_rsassa-pss_parameters_encoding_in_signature_algorithm_correct': 'pass',
      e_tbs_signature_rsa_encryption_parameter_not_null: 'NA',
      e_mp_ecdsa_signature_encoding_correct: 'NA',
    };
    for (const [name, status] of Object.entries(expected)) assertLint(name, der, status);
  });
});
