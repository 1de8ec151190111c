// One-time recovery codes: 10 random codes shown once, stored only as scrypt hashes like passwords.
import { randomInt } from 'node:crypto';
import { verifyPassword } from '../passwords.js';
import { hashSecret } from '../secretHash.js';

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes get copied from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function randomCode(): string {
  let text = '';
  for (let i = 0; i < 10; i++) text += ALPHABET[randomInt(ALPHABET.length)];
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

/** Lower-case, without spaces and dashes; null when it cannot be a recovery code. */
export function normaliseRecoveryCode(code: string): string | null {
  const text = code.toLowerCase().replace(/[\s-]+/g, '');
  return /^[a-z0-9]{10}$/.test(text) ? text : null;
}

export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);
  const hashes = await Promise.all(codes.map((code) => hashSecret(normaliseRecoveryCode(code) as string)));
  return { codes, hashes };
}

/** The index of the stored hash the code matches, or -1. */
export async function matchRecoveryCode(code: string, hashes: string[]): Promise<number> {
  const normal = normaliseRecoveryCode(code);
  if (!normal) return -1;
  for (let i = 0; i < hashes.length; i++) if (await verifyPassword(normal, hashes[i])) return i;
  return -1;
}
