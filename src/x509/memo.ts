import type { Certificate } from './certificate.js';

/**
 * A function of a certificate that keeps its value for the last certificate
 * it was given. The runner puts every lint to one certificate before the
 * next, so the many lints asking the same question of it pay for the answer
 * once and then for one comparison; another certificate simply recomputes.
 */
export function memoForLastCertificate<T>(compute: (cert: Certificate) => T): (cert: Certificate) => T {
  let last: Certificate | undefined;
  let value: T;
  return (cert) => {
    if (cert !== last) {
      value = compute(cert);
      last = cert;
    }
    return value;
  };
}
