// scrypt hashes, in the stored-password format verifyPassword reads, for secrets that are not chosen passwords
// (recovery codes, the unusable password of a single-sign-on account), so the password policy does not apply.
import { randomBytes, scrypt as scryptCb } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;

export function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) =>
    scryptCb(secret, salt, 32, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(`scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`),
    ),
  );
}

/** A hash no password matches: for accounts that sign in only through their agency's identity provider. */
export function unusablePasswordHash(): Promise<string> {
  return hashSecret(randomBytes(32).toString('base64'));
}
