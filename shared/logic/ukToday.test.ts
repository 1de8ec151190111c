// The UK calendar date across both clock changes and around midnight in each season.
import { describe, expect, it } from 'vitest';
import { ukToday } from './ukToday.js';

describe('ukToday', () => {
  it('follows GMT in winter: the UTC date is the UK date', () => {
    expect(ukToday(new Date('2026-01-15T23:59:59Z'))).toBe('2026-01-15');
    expect(ukToday(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
  });
  it('follows BST in summer: just after UTC 23:00 it is already tomorrow in the UK', () => {
    expect(ukToday(new Date('2026-06-15T22:59:59Z'))).toBe('2026-06-15');
    expect(ukToday(new Date('2026-06-15T23:00:00Z'))).toBe('2026-06-16');
  });
  it('changes at the spring clock change (29 March 2026, 01:00 UTC)', () => {
    expect(ukToday(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(ukToday(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29');
    expect(ukToday(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
  });
  it('changes at the autumn clock change (25 October 2026, 01:00 UTC)', () => {
    expect(ukToday(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(ukToday(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25');
    expect(ukToday(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
    expect(ukToday(new Date('2026-10-26T00:00:00Z'))).toBe('2026-10-26');
  });
});
