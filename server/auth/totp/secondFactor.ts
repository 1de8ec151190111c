// Checking a second factor against an account: a TOTP code (each time step once) or a recovery code (once).
import type { UserService } from '../../services/users.js';
import { matchRecoveryCode } from './recoveryCodes.js';
import { verifyTotp } from './totp.js';

export type FactorOutcome = 'ok' | 'wrong' | 'reused';

export async function checkTotp(users: UserService, userId: string, code: string): Promise<FactorOutcome> {
  const doc = await users.findDoc(userId);
  if (!doc?.mfa) return 'wrong';
  const step = await verifyTotp(doc.mfa.secret, code);
  if (step === null) return 'wrong';
  // The store accepts each step once, so two requests racing with one code cannot both pass.
  return (await users.useTotpStep(userId, step)) ? 'ok' : 'reused';
}

export async function checkRecoveryCode(users: UserService, userId: string, code: string): Promise<{ outcome: FactorOutcome; left: number }> {
  const doc = await users.findDoc(userId);
  const hashes = doc?.mfa?.recoveryCodes ?? [];
  const index = await matchRecoveryCode(code, hashes);
  if (index < 0) return { outcome: 'wrong', left: hashes.length };
  const remaining = hashes.filter((_hash, i) => i !== index);
  const spent = await users.useRecoveryCode(userId, hashes[index], remaining);
  return { outcome: spent ? 'ok' : 'reused', left: remaining.length };
}
