/**
 * Factories for the lints that test one property of a decoded RSA or DSA
 * public key (BR 6.1.5 and 6.1.6, Mozilla Root Store Policy 5.1). The key is
 * decoded here and the lint is NA where it does not decode, so a test speaks
 * only of well-formed keys (e_rsa_no_public_key reports an RSA key that is not).
 */
import { type CertificateLint, check, notApplicable, type Outcome } from '../../lint/types.js';
import type { RsaKey } from '../../x509/algorithm.js';
import type { Certificate } from '../../x509/certificate.js';
import { OID } from '../../x509/oids.js';
import { bitLength, type DsaKey, dsaKey, rsaKey } from './keys_validity.js';

const hasRsaKey = (cert: Certificate): boolean => rsaKey(cert) !== undefined;

/**
 * A test of the rsaEncryption key. By default the lint applies only when the
 * key decodes; the Mozilla lints apply to every rsaEncryption key, as zlint's
 * do, and pass `isRsa`.
 */
export function rsaKeyCheck(
  test: (key: RsaKey) => Outcome,
  appliesTo: (cert: Certificate) => boolean = hasRsaKey,
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo,
    run: (cert) => {
      const key = rsaKey(cert);
      return key ? test(key) : notApplicable;
    },
  };
}

export const isDsa = (cert: Certificate): boolean => cert.publicKey.algorithm.oid === OID.dsa;

/** A test of the DSA key, its parameters p, q, g and public value y. */
export function dsaKeyCheck(test: (key: DsaKey) => Outcome): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: isDsa,
    run: (cert) => {
      const key = dsaKey(cert);
      return key ? test(key) : notApplicable;
    },
  };
}

/** BR 6.1.5: a test of the sizes in bits of the modulus p (L) and the divisor q (N). */
export function dsaSizeCheck(
  ok: (l: number, n: number) => boolean,
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return dsaKeyCheck((key) => {
    const l = bitLength(key.p);
    const n = bitLength(key.q);
    return check(ok(l, n), `DSA L=${l}, N=${n}`);
  });
}
