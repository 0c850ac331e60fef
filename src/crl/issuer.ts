/**
 * Is this CRL really the issuer's? Its signature verifies under the issuer certificate's key, its
 * issuer name is that certificate's subject, its AKI is that certificate's SKI, and the
 * certificate may sign CRLs. A CRL failing any of these is no CRL to a relying party: the ECM case
 * (seed 001), where wrongly signed CRLs left revocation unavailable for over 70 days.
 */
import type { Certificate } from '../x509/certificate.js';
import type { Crl } from '../x509/crl.js';
import { KeyUsageBit } from '../x509/extensions.js';
import { formatName, namesEqual } from '../x509/name.js';
import { oidName } from '../x509/oids.js';
import { verifySignature } from '../x509/signature.js';
import { type CrlProblem, problem } from './problem.js';

/** Stored in crl_checks.signature; the last two when there was no CRL to verify. */
export type SignatureStatus =
  'valid' | 'invalid' | 'unknown issuer' | 'unsupported algorithm' | 'unreadable' | 'unavailable';

export interface IssuerCheck {
  readonly signature: SignatureStatus;
  readonly problems: readonly CrlProblem[];
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

export function checkIssuer(crl: Crl, issuer: Certificate | undefined): IssuerCheck {
  if (issuer === undefined)
    return {
      signature: 'unknown issuer',
      problems: [
        problem(
          'warn',
          'crl_issuer_unknown',
          'RFC 5280 6.3.3',
          'no issuer certificate is known for this CRL, so its signature cannot be verified (vigil crl add LOCATION --issuer CERT)',
        ),
      ],
    };
  const problems: CrlProblem[] = [];
  if (!namesEqual(crl.issuer, issuer.subject))
    problems.push(
      problem(
        'error',
        'crl_issuer_name_mismatch',
        'RFC 5280 5.1.2.3, 6.3.3',
        `the CRL's issuer (${formatName(crl.issuer)}) is not the issuer certificate's subject (${formatName(issuer.subject)})`,
      ),
    );
  const aki = crl.extensions.authorityKeyIdentifier?.keyIdentifier;
  const ski = issuer.extensions.subjectKeyIdentifier;
  if (aki && ski && Buffer.compare(aki, ski) !== 0)
    problems.push(
      problem(
        'error',
        'crl_aki_mismatch',
        'RFC 5280 5.2.1; BR 7.2.2',
        `the CRL's authorityKeyIdentifier ${hex(aki)} is not the issuer certificate's subjectKeyIdentifier ${hex(ski)}`,
      ),
    );
  const keyUsage = issuer.extensions.keyUsage;
  if (keyUsage && !keyUsage.has(KeyUsageBit.cRLSign))
    problems.push(
      problem(
        'error',
        'crl_issuer_not_crl_signer',
        'RFC 5280 4.2.1.3, 6.3.3',
        'the issuer certificate does not assert the cRLSign key usage',
      ),
    );
  if (Buffer.compare(crl.tbsSignature.der, crl.signatureAlgorithm.der) !== 0)
    problems.push(
      problem(
        'error',
        'crl_signature_algorithm_mismatch',
        'RFC 5280 5.1.1.2',
        'signatureAlgorithm differs from the signature field of tbsCertList',
      ),
    );
  const algorithm = oidName(crl.signatureAlgorithm.oid);
  const verified = verifySignature(issuer.publicKey, crl.signatureAlgorithm, crl.tbsDer, crl.signature);
  if (verified === undefined)
    problems.push(
      problem(
        'error',
        'crl_signature_unsupported',
        'BR 7.1.3.2',
        `the signature (${algorithm}) cannot be verified with the issuer's key: an algorithm or parameters outside those the BRs allow`,
      ),
    );
  else if (!verified)
    problems.push(
      problem(
        'error',
        'crl_signature_invalid',
        'RFC 5280 5.1.1.3, 6.3.3',
        `the signature (${algorithm}) does not verify under the issuer certificate's key: relying parties reject this CRL, so none of its revocations are published`,
      ),
    );
  const signature = verified === undefined ? 'unsupported algorithm' : verified ? 'valid' : 'invalid';
  return { signature, problems };
}
