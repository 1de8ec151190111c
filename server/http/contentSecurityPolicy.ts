// The Content-Security-Policy: everything from the app's own origin, no inline scripts or styles (style
// attributes included), no framing. WebSockets to the same host count as 'self' in current browsers.
import type { Config } from '../config.js';

type Directives = Record<string, string[] | null>;

export function contentSecurityPolicy(config: Pick<Config, 'secureCookies'>): Directives {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'style-src-attr': ["'none'"],
    // Only where the site is served over HTTPS; the local demo and the tests run on plain http://127.0.0.1.
    'upgrade-insecure-requests': config.secureCookies ? [] : null,
  };
}
