import { describe, expect, it } from 'vitest';
import { DEAD_AFTER_MS, livenessStep, PING_AFTER_MS } from './liveness';

describe('the liveness watchdog', () => {
  it('leaves a busy socket alone, pings a quiet one once a second, drops a silent one', () => {
    const now = 100_000;
    expect(livenessStep(now, now - 200, 0)).toBe('ok');
    expect(livenessStep(now, now - PING_AFTER_MS - 1, 0)).toBe('ping');
    expect(livenessStep(now, now - PING_AFTER_MS - 1, now - 300)).toBe('ok');
    expect(livenessStep(now, now - DEAD_AFTER_MS - 1, now - 300)).toBe('dead');
  });
});
