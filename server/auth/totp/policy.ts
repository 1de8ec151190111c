// Which roles must use a second factor: MFA_REQUIRED_ROLES (comma-separated); by default admin and chair in
// production only, none in development, tests and the local demo (ALLOW_EPHEMERAL_SECRET=1).
import { ROLES, type Role } from '../../../shared/domain/schemas.js';

export function mfaRequiredRoles(env: NodeJS.ProcessEnv = process.env): Set<Role> {
  const raw = env.MFA_REQUIRED_ROLES;
  const fallback = env.NODE_ENV === 'production' && env.ALLOW_EPHEMERAL_SECRET !== '1' ? 'admin,chair' : '';
  const names = (raw ?? fallback).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(ROLES as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`MFA_REQUIRED_ROLES has unknown roles: ${unknown.join(', ')} (roles are ${ROLES.join(', ')})`);
  return new Set(names as Role[]);
}

/** What a user whose password was right must still do: nothing, enter a code, or enrol first. */
export function secondFactorStage(user: { role: Role; mfa?: unknown }, required: Set<Role>): 'none' | 'verify' | 'enrol' {
  if (user.mfa) return 'verify';
  return required.has(user.role) ? 'enrol' : 'none';
}
