import { decodePem, looksLikePem } from '../der/pem.js';

/** What one input object claims to be, from its PEM label or (for DER) from trying the parsers. */
export type DeclaredType = 'certificate' | 'crl' | 'csr' | 'tbsCertificate' | 'unknown';

export interface InputObject {
  /** Position within its file (PEM files may hold several). */
  readonly index: number;
  readonly declared: DeclaredType;
  readonly der: Uint8Array;
}

export interface InputProblem {
  readonly index: number;
  readonly reason: string;
}

const LABELS: Record<string, DeclaredType> = {
  CERTIFICATE: 'certificate',
  'TRUSTED CERTIFICATE': 'certificate',
  'X509 CERTIFICATE': 'certificate',
  'X509 CRL': 'crl',
  'CERTIFICATE REQUEST': 'csr',
  'NEW CERTIFICATE REQUEST': 'csr',
  'TBS CERTIFICATE': 'tbsCertificate',
};

/**
 * Splits a file's bytes into the objects to lint: every PEM block it holds,
 * or the whole file as one DER object. PEM blocks of other kinds (keys) are skipped.
 */
export function readInputObjects(bytes: Uint8Array): { objects: InputObject[]; problems: InputProblem[] } {
  if (!looksLikePem(bytes)) return { objects: [{ index: 0, declared: 'unknown', der: bytes }], problems: [] };
  const { blocks, problems } = decodePem(Buffer.from(bytes).toString('latin1'));
  const objects: InputObject[] = [];
  for (const block of blocks) {
    const declared = LABELS[block.label];
    if (declared) objects.push({ index: objects.length, declared, der: block.der });
  }
  return {
    objects,
    problems: problems.map((p) => ({ index: objects.length, reason: `PEM line ${p.line}: ${p.reason}` })),
  };
}
