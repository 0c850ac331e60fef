/**
 * API tokens for machines (issuance pipelines, integrations): shown once at
 * creation, stored as SHA-256, usable while neither the token is revoked nor
 * the account that created it is disabled.
 */
import type { Kysely, Selectable } from 'kysely';
import { audit } from '../store/audit.js';
import type { ApiTokensTable, Database, User } from '../store/schema.js';
import { newSecret, secretHash } from './secret.js';
import type { Acting, Created } from './users.js';

/** A recognisable prefix lets secret scanners find leaked tokens. */
const PREFIX = 'vigil_';

export type ApiToken = Selectable<ApiTokensTable>;

export interface TokenHolder {
  readonly token: Pick<ApiToken, 'id' | 'name'>;
  readonly user: User;
}

export async function createApiToken(
  db: Kysely<Database>,
  request: { readonly name: string; readonly userId: number },
  by: Acting,
): Promise<Created<{ id: number; token: string }>> {
  const name = request.name.trim();
  if (name.length === 0 || name.length > 100)
    return { ok: false, error: 'the token name must have 1 to 100 characters' };
  const token = newSecret(PREFIX);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('api_tokens')
      .values({
        name,
        token_hash: secretHash(token),
        created_by: request.userId,
        created_at: by.at,
        last_used_at: null,
        revoked_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      ...by,
      action: 'token.create',
      subject: { type: 'api_token', id },
      details: { name },
    });
    return { ok: true, value: { id, token } };
  });
}

/** Who holds this bearer token, or null; records the use. */
export async function apiTokenHolder(
  db: Kysely<Database>,
  token: string,
  now: number,
): Promise<TokenHolder | null> {
  if (!token.startsWith(PREFIX)) return null;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.created_by')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.name as token_name'])
    .where('api_tokens.token_hash', '=', secretHash(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
  const { token_id, token_name, ...user } = row;
  return { token: { id: token_id, name: token_name }, user };
}

export function listApiTokens(db: Kysely<Database>) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.created_by')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
      'users.email as created_by_email',
    ])
    .orderBy('api_tokens.id', 'desc')
    .execute();
}

export async function revokeApiToken(db: Kysely<Database>, id: number, by: Acting): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: by.at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await audit(trx, { ...by, action: 'token.revoke', subject: { type: 'api_token', id } });
    return true;
  });
}
