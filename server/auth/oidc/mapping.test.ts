import { describe, expect, it } from 'vitest';
import { belongsToAgency, displayNameFor, usernameFor, verifiedEmail } from './mapping.js';

describe('single sign-on mapping', () => {
  it('maps by claim value (also in a list) or by e-mail domain', () => {
    const byClaim = { agencyClaim: { name: 'agency', value: 'police' } };
    expect(belongsToAgency(byClaim, { agency: 'police' })).toBe(true);
    expect(belongsToAgency(byClaim, { agency: ['housing', 'police'] })).toBe(true);
    expect(belongsToAgency(byClaim, { agency: 'housing' })).toBe(false);
    const byDomain = { emailDomains: ['police.example.gov.uk'] };
    expect(belongsToAgency(byDomain, { email: 'Dan@Police.Example.gov.uk' })).toBe(true);
    expect(belongsToAgency(byDomain, { email: 'dan@police.example.gov.uk', email_verified: false })).toBe(false);
    expect(belongsToAgency(byDomain, { email: 'dan@evil-police.example.gov.uk' })).toBe(false);
  });
  it('takes only a plausible, not-unverified e-mail', () => {
    expect(verifiedEmail({ email: 'a@b.c' })).toBe('a@b.c');
    expect(verifiedEmail({ email: 'not an email' })).toBeNull();
    expect(verifiedEmail({ email: 'a@b.c', email_verified: false })).toBeNull();
  });
  it('derives an allowed username and a display name', () => {
    expect(usernameFor({ email: 'New.Officer+x@police.example.gov.uk' })).toBe('new.officer-x');
    expect(usernameFor({ email: 'jo@x.uk' }, 3)).toBe('jo-3');
    expect(usernameFor({ sub: 'A B' })).toBe('sso-a-b');
    expect(displayNameFor({ name: ' PC Dan ', email: 'd@x.uk' })).toBe('PC Dan');
    expect(displayNameFor({ sub: 'abc' })).toBe('abc');
  });
});
