// Which proxies may name the client address (X-Forwarded-For): an explicit list, never "whoever is in front".
import net from 'node:net';

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

function validEntry(entry: string): boolean {
  if (NAMED.has(entry)) return true;
  const [addr, bits, extra] = entry.split('/');
  if (extra !== undefined || !net.isIP(addr)) return false;
  if (bits === undefined) return true;
  const max = net.isIPv4(addr) ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

/**
 * Express's 'trust proxy' value from TRUSTED_PROXIES (comma-separated addresses, CIDRs or loopback/linklocal/
 * uniquelocal). Unset: false, so req.ip is the socket address whatever headers say. The old TRUST_PROXY=1 alone
 * trusts only proxies on this host or a private network (loopback, uniquelocal), with a warning.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): string[] | false {
  const raw = env.TRUSTED_PROXIES?.trim();
  if (!raw) {
    if (env.TRUST_PROXY !== '1') return false;
    console.warn('TRUST_PROXY=1 without TRUSTED_PROXIES: trusting only loopback and private-network proxies; list yours in TRUSTED_PROXIES');
    return ['loopback', 'uniquelocal'];
  }
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  const bad = entries.filter((entry) => !validEntry(entry));
  if (bad.length) throw new Error(`TRUSTED_PROXIES has ${bad.map((b) => `"${b}"`).join(', ')}: use addresses or CIDRs such as 10.0.0.0/8`);
  return entries;
}
