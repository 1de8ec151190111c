import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { mfaRequiredRoles, secondFactorStage } from './policy.js';
import { matchRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recoveryCodes.js';
import { newTotpSecret, normaliseCode, otpauthUrl, qrDataUrl, verifyTotp } from './totp.js';

describe('TOTP', () => {
  it('accepts the current code once per step when told the last step used', async () => {
    const secret = await newTotpSecret();
    const code = await generate({ secret });
    const step = await verifyTotp(secret, code.slice(0, 3) + ' ' + code.slice(3));
    expect(step).toBeGreaterThan(0);
    expect(await verifyTotp(secret, code, step ?? 0)).toBeNull();
    expect(await verifyTotp(secret, 'abcdef')).toBeNull();
  });
  it('normalises codes and builds the QR code for the otpauth URL', async () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('12345')).toBeNull();
    const url = await otpauthUrl('chair', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(url).toMatch(/^otpauth:\/\/totp\/Roundtable:chair\?/);
    expect(await qrDataUrl(url)).toMatch(/^data:image\/png;base64,/);
  });
});

describe('recovery codes', () => {
  it('makes 10 codes whose hashes match each code once, whatever the case and dashes', async () => {
    const { codes, hashes } = await newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(hashes.every((hash) => hash.startsWith('scrypt$'))).toBe(true);
    expect(await matchRecoveryCode(codes[3].toUpperCase().replace('-', ' '), hashes)).toBe(3);
    expect(await matchRecoveryCode('zzzzz-zzzzz', hashes)).toBe(-1);
    expect(normaliseRecoveryCode('short')).toBeNull();
  });
});

describe('who must use a second factor', () => {
  it('defaults to admin and chair in production only', () => {
    expect([...mfaRequiredRoles({ NODE_ENV: 'production' })]).toEqual(['admin', 'chair']);
    expect(mfaRequiredRoles({ NODE_ENV: 'production', ALLOW_EPHEMERAL_SECRET: '1' }).size).toBe(0);
    expect(mfaRequiredRoles({ NODE_ENV: 'test' }).size).toBe(0);
    expect([...mfaRequiredRoles({ MFA_REQUIRED_ROLES: 'chair, member' })]).toEqual(['chair', 'member']);
    expect(() => mfaRequiredRoles({ MFA_REQUIRED_ROLES: 'boss' })).toThrow(/unknown roles: boss/);
  });
  it('asks enrolled users for a code and required roles to enrol', () => {
    const required = mfaRequiredRoles({ MFA_REQUIRED_ROLES: 'admin' });
    expect(secondFactorStage({ role: 'member', mfa: {} }, required)).toBe('verify');
    expect(secondFactorStage({ role: 'admin' }, required)).toBe('enrol');
    expect(secondFactorStage({ role: 'member' }, required)).toBe('none');
  });
});
