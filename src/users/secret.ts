/**
 * Bearer secrets (session cookies, API tokens): 32 random bytes, of which the
 * database keeps only the SHA-256, so a copy of the database opens nothing.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
