// Whether a request comes from the app's own pages, judged by its Origin header (or Sec-Fetch-Site without
// one). Pure: the REST guard (originGuard.ts) and the WebSocket upgrades (live/originGate.ts) both ask it.
import type { IncomingHttpHeaders } from 'node:http';
import type { Config } from '../config.js';

export interface OriginRule {
  /** PUBLIC_URL's origin and those of ALLOWED_ORIGINS. */
  allowed: ReadonlySet<string>;
  /** Also the origin of the host the request was sent to (development, tests, the local demo). */
  sameHost: boolean;
}

export type OriginVerdict = { allowed: true } | { allowed: false; origin: string };

const SHOWN_MAX = 200;

export function originRule(config: Pick<Config, 'publicUrl' | 'allowedOrigins' | 'sameHostOrigins'>): OriginRule {
  return { allowed: new Set([new URL(config.publicUrl).origin, ...config.allowedOrigins]), sameHost: config.sameHostOrigins };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parsedOrigin(origin: string): URL | null {
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}

/**
 * Browsers send Origin with every WebSocket handshake and every POST, PUT, PATCH and DELETE (same-origin ones
 * included), and Sec-Fetch-Site with every request. A request with neither comes from a program, not a browser
 * (our test client, curl, a script): it cannot carry a victim's cookie from another site, so it is allowed; it
 * still needs a session like any other. "null" (sandboxed frames, cross-site redirects) is refused.
 */
export function checkOrigin(rule: OriginRule, headers: IncomingHttpHeaders): OriginVerdict {
  const origin = first(headers.origin);
  if (origin === undefined) {
    const site = first(headers['sec-fetch-site']);
    if (site === undefined || site === 'same-origin' || site === 'none') return { allowed: true };
    return { allowed: false, origin: `(no Origin; Sec-Fetch-Site: ${site.slice(0, 40)})` };
  }
  const url = parsedOrigin(origin);
  if (url && rule.allowed.has(url.origin)) return { allowed: true };
  const host = first(headers.host)?.toLowerCase();
  if (url && rule.sameHost && host && url.host === host) return { allowed: true };
  return { allowed: false, origin: origin.slice(0, SHOWN_MAX) };
}

export const ORIGIN_REFUSED = 'This request came from another website and was refused. Open Roundtable at its own address and try again.';
