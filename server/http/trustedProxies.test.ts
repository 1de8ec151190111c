import { describe, expect, it } from 'vitest';
import { trustedProxies } from './trustedProxies.js';

describe('trustedProxies', () => {
  it('trusts nobody by default', () => {
    expect(trustedProxies({})).toBe(false);
  });
  it('takes an explicit list of addresses and CIDRs', () => {
    expect(trustedProxies({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1,loopback' })).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
  });
  it('refuses what is not an address', () => {
    expect(() => trustedProxies({ TRUSTED_PROXIES: '10.0.0.0/33,proxy.example' })).toThrow(/"10.0.0.0\/33", "proxy.example"/);
  });
});
