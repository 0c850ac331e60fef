/** Sign-in sessions: a random cookie token, of which the database keeps the SHA-256. */
import type { Kysely } from 'kysely';
import type { Database, User } from '../store/schema.js';
import { newSecret, secretHash } from './secret.js';

/** A working day: a stolen cookie is useful for at most this long. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Starts a session and returns the token for the cookie; expired sessions are swept on the way. */
export async function startSession(
  db: Kysely<Database>,
  userId: number,
  now: number,
  ip: string | null,
): Promise<string> {
  const token = newSecret();
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await db
    .insertInto('sessions')
    .values({
      token_hash: secretHash(token),
      user_id: userId,
      created_at: now,
      expires_at: now + SESSION_TTL_MS,
      ip,
    })
    .execute();
  return token;
}

/** The enabled user whose unexpired session this token opens, or null. */
export async function sessionUser(db: Kysely<Database>, token: string, now: number): Promise<User | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.token_hash', '=', secretHash(token))
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', secretHash(token)).execute();
}
