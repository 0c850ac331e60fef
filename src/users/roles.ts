import type { Role } from '../store/schema.js';

export type { Role } from '../store/schema.js';

/** In order of power: each role may do everything the ones before it may. */
export const ROLES: readonly Role[] = ['staff', 'reviewer', 'admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
