import { describe, expect, it } from 'vitest';
import { describeDue } from './describeDue';

describe('describeDue', () => {
  it('writes an absolute date the UK way', () => {
    expect(describeDue({ dueDate: '2026-12-03' })).toBe('3 December 2026');
  });
  it('gives the date a relative due date falls on when the release date is known', () => {
    expect(describeDue({ dueRelativeDays: -3 }, '2026-12-03')).toBe('3 days before release (30 November 2026)');
    expect(describeDue({ dueRelativeDays: 0 }, '2026-12-03')).toBe('On the day of release (3 December 2026)');
    expect(describeDue({ dueRelativeDays: 1 }, '2026-12-03')).toBe('1 day after release (4 December 2026)');
  });
  it('says what a relative due date was before the release date changed', () => {
    expect(describeDue({ dueRelativeDays: 0 }, '2026-12-03', '2026-12-04')).toBe('On the day of release (3 December 2026; was 4 December 2026)');
    expect(describeDue({ dueRelativeDays: 0 }, '2026-12-03', '2026-12-03')).toBe('On the day of release (3 December 2026)');
    expect(describeDue({ dueDate: '2026-12-10' }, '2026-12-03', '2026-12-04')).toBe('10 December 2026');
    expect(describeDue({ dueRelativeDays: -1 }, null, '2026-12-04')).toBe('1 day before release (was 3 December 2026)');
  });
  it('keeps the words alone without a release date', () => {
    expect(describeDue({ dueRelativeDays: -3 })).toBe('3 days before release');
    expect(describeDue({})).toBe('No due date');
  });
});
