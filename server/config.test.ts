import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'a-secret', PUBLIC_URL: 'https://roundtable.example.gov.uk' };

describe('loadConfig', () => {
  it('refuses to start in production without SESSION_SECRET or PUBLIC_URL, saying which', () => {
    expect(() => loadConfig({ ...PRODUCTION, SESSION_SECRET: '' })).toThrow(/SESSION_SECRET must be set when NODE_ENV=production/);
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL must be set when NODE_ENV=production/);
  });

  it('in production: Secure cookies, and only PUBLIC_URL and ALLOWED_ORIGINS as origins', () => {
    const config = loadConfig({ ...PRODUCTION, ALLOWED_ORIGINS: 'https://a.example.gov.uk, https://b.example.gov.uk/' });
    expect(config).toMatchObject({ secureCookies: true, sameHostOrigins: false, allowedOrigins: ['https://a.example.gov.uk', 'https://b.example.gov.uk'] });
    expect(() => loadConfig({ ...PRODUCTION, ALLOWED_ORIGINS: 'not a url' })).toThrow(/ALLOWED_ORIGINS has "not a url"/);
  });

  it('outside production (and in the local demo): no Secure flag, and the request host counts as an origin', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ secureCookies: false, sameHostOrigins: true });
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_EPHEMERAL_SECRET: '1' })).toMatchObject({ secureCookies: false, sameHostOrigins: true });
  });

  it('sessions: idle 30 minutes and absolute 12 hours by default; SESSION_MAX_AGE_MINUTES still sets the idle limit', () => {
    expect(loadConfig({})).toMatchObject({ sessionIdleMs: 30 * 60_000, sessionAbsoluteMs: 12 * 3_600_000 });
    expect(loadConfig({ SESSION_MAX_AGE_MINUTES: '45' }).sessionIdleMs).toBe(45 * 60_000);
    expect(loadConfig({ SESSION_MAX_AGE_MINUTES: '45', SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8' })).toMatchObject({
      sessionIdleMs: 15 * 60_000,
      sessionAbsoluteMs: 8 * 3_600_000,
    });
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: 'soon' })).toThrow(/SESSION_IDLE_MINUTES must be a positive number/);
  });

  it('SMTP: TLS required unless SMTP_ALLOW_PLAINTEXT=1', () => {
    expect(loadConfig({}).smtp.allowPlaintext).toBe(false);
    expect(loadConfig({ SMTP_ALLOW_PLAINTEXT: '1' }).smtp.allowPlaintext).toBe(true);
  });

  it('reminders: every 15 minutes (off under test unless set), 2 days before by default; REMINDER_DAYS_BEFORE and REMINDER_INTERVAL_MS parsed and checked', () => {
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_EPHEMERAL_SECRET: '1' }).reminders).toEqual({ intervalMs: 15 * 60_000, daysBefore: 2 });
    expect(loadConfig({ NODE_ENV: 'test' }).reminders).toEqual({ intervalMs: 0, daysBefore: 2 });
    expect(loadConfig({ REMINDER_DAYS_BEFORE: '5', REMINDER_INTERVAL_MS: '60000' }).reminders).toMatchObject({ intervalMs: 60_000, daysBefore: 5 });
    expect(loadConfig({ REMINDER_DAYS_BEFORE: '0' }).reminders.daysBefore).toBe(0);
    expect(loadConfig({ REMINDER_DAYS_BEFORE: '' }).reminders.daysBefore).toBe(2);
    for (const bad of ['-1', '61', '2.5', 'two'])
      expect(() => loadConfig({ REMINDER_DAYS_BEFORE: bad }), bad).toThrow(`REMINDER_DAYS_BEFORE must be a whole number of days from 0 to 60, not "${bad}"`);
    expect(() => loadConfig({ REMINDER_INTERVAL_MS: '-5' })).toThrow(/REMINDER_INTERVAL_MS must be 0 \(off\) or a positive number/);
    // The day the sweep takes as today is for tests only.
    expect(loadConfig({ NODE_ENV: 'test', REMINDER_TODAY: '2031-01-13' }).reminders.today).toBe('2031-01-13');
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_EPHEMERAL_SECRET: '1', REMINDER_TODAY: '2031-01-13' }).reminders.today).toBeUndefined();
  });
});
