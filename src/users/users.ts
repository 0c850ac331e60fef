/** Staff accounts: creation, sign-in checks, disabling. Every change is audited in its transaction. */
import type { Kysely } from 'kysely';
import { type Actor, type AuditEvent, audit } from '../store/audit.js';
import type { Database, Role, User } from '../store/schema.js';
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from './password.js';

/** Who acts, when, and from which request: the audit fields a caller supplies. */
export type Acting = Pick<AuditEvent, 'actor' | 'at' | 'request'>;

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly password: string;
}

/** How a staff member appears in the audit log. */
export const userActor = (user: Pick<User, 'id' | 'email'>): Actor => ({
  type: 'user',
  id: user.id,
  label: user.email,
});

export type Created<T> = { ok: true; value: T } | { ok: false; error: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Addresses compare without case or surrounding space, as people type them. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export async function createUser(db: Kysely<Database>, user: NewUser, by: Acting): Promise<Created<User>> {
  const email = normaliseEmail(user.email);
  const name = user.name.trim();
  if (!EMAIL.test(email) || email.length > 254)
    return { ok: false, error: 'the e-mail address is not valid' };
  if (name.length === 0 || name.length > 200)
    return { ok: false, error: 'the name must have 1 to 200 characters' };
  const weak = passwordProblem(user.password);
  if (weak) return { ok: false, error: weak };
  const password_hash = await hashPassword(user.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) return { ok: false, error: `an account for ${email} exists already` };
    const created = await trx
      .insertInto('users')
      .values({
        email,
        display_name: name,
        password_hash,
        role: user.role,
        created_at: by.at,
        disabled_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      ...by,
      action: 'user.create',
      subject: { type: 'user', id: created.id },
      details: { email, role: user.role },
    });
    return { ok: true, value: created };
  });
}

/** The enabled account with this e-mail and password, or null; as slow for unknown addresses as for known ones. */
export async function authenticate(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<User | null> {
  const user = await userByEmail(db, email);
  if (!user || user.disabled_at !== null) return verifyNothing(password).then(() => null);
  return (await verifyPassword(password, user.password_hash)) ? user : null;
}

export function userByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export function listUsers(db: Kysely<Database>): Promise<User[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

/** The accounts that can own or co-own work, by name: the choices of an owner select. */
export function activeUsers(db: Kysely<Database>): Promise<User[]> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
}

/** Disables an account and ends its sessions; its API tokens stop working with it (see tokens.ts). */
export async function disableUser(db: Kysely<Database>, id: number, by: Acting): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('users')
      .set({ disabled_at: by.at })
      .where('id', '=', id)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit(trx, { ...by, action: 'user.disable', subject: { type: 'user', id } });
    return true;
  });
}
