import { describe, expect, it } from 'vitest';
import { checkOrigin, originRule } from './originCheck.js';

const production = originRule({ publicUrl: 'https://roundtable.example.gov.uk/', allowedOrigins: ['https://partner.example.gov.uk'], sameHostOrigins: false });
const development = originRule({ publicUrl: 'http://localhost:3000', allowedOrigins: [], sameHostOrigins: true });

describe('checkOrigin', () => {
  it('allows PUBLIC_URL and ALLOWED_ORIGINS, refuses any other origin, "null" and garbage', () => {
    expect(checkOrigin(production, { origin: 'https://roundtable.example.gov.uk' })).toEqual({ allowed: true });
    expect(checkOrigin(production, { origin: 'https://partner.example.gov.uk' })).toEqual({ allowed: true });
    expect(checkOrigin(production, { origin: 'https://evil.example' })).toEqual({ allowed: false, origin: 'https://evil.example' });
    expect(checkOrigin(production, { origin: 'http://roundtable.example.gov.uk' }).allowed).toBe(false);
    expect(checkOrigin(production, { origin: 'https://roundtable.example.gov.uk.evil.example' }).allowed).toBe(false);
    expect(checkOrigin(production, { origin: 'null' }).allowed).toBe(false);
    expect(checkOrigin(production, { origin: 'not a url' }).allowed).toBe(false);
  });

  it('accepts the request host as an origin only outside production', () => {
    const headers = { origin: 'http://127.0.0.1:40123', host: '127.0.0.1:40123' };
    expect(checkOrigin(development, headers)).toEqual({ allowed: true });
    expect(checkOrigin(production, headers).allowed).toBe(false);
    expect(checkOrigin(development, { origin: 'http://127.0.0.1:40124', host: '127.0.0.1:40123' }).allowed).toBe(false);
  });

  it('without Origin: Sec-Fetch-Site same-origin or none passes, same-site and cross-site do not, neither header passes', () => {
    expect(checkOrigin(production, { 'sec-fetch-site': 'same-origin' }).allowed).toBe(true);
    expect(checkOrigin(production, { 'sec-fetch-site': 'none' }).allowed).toBe(true);
    expect(checkOrigin(production, { 'sec-fetch-site': 'same-site' }).allowed).toBe(false);
    expect(checkOrigin(production, { 'sec-fetch-site': 'cross-site' })).toEqual({ allowed: false, origin: '(no Origin; Sec-Fetch-Site: cross-site)' });
    expect(checkOrigin(production, {})).toEqual({ allowed: true });
  });
});
