// scrypt (memory-hard, built into Node) with per-password salt; parameters are stored with the hash.
// Every new password passes the password policy here, so no path that sets one can skip it.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { assertPasswordAllowed } from './passwordPolicy.js';

const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEYLEN = 32;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** The stored form of a new password; a 400 (Invalid) when the password breaks the policy. */
export async function hashPassword(password: string): Promise<string> {
  await assertPasswordAllowed(password);
  return hashUnchecked(password);
}

async function hashUnchecked(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

// Verifying against this when the user does not exist keeps the timing of both failures alike.
export const DUMMY_HASH_PROMISE = hashUnchecked(randomBytes(12).toString('hex'));
