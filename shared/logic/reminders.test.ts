// Which actions need which reminder on a given UK day, and who is reminded.
import { describe, expect, it } from 'vitest';
import { reminderKey, reminderRecipients, remindersDue, type ReminderCandidate } from './reminders.js';

const action = (id: string, dueDate: string | null, status: ReminderCandidate['status'] = 'open'): ReminderCandidate => ({ _id: id, dueDate, status });

describe('remindersDue', () => {
  const today = '2026-11-24';
  it('reminds before the due date within the window, today included, and not earlier', () => {
    const due = remindersDue([action('today', '2026-11-24'), action('two', '2026-11-26'), action('three', '2026-11-27')], today, 2);
    expect(due.map((d) => [d.action._id, d.kind])).toEqual([
      ['today', 'before'],
      ['two', 'before'],
    ]);
  });
  it('reminds when overdue, from the day after the due date', () => {
    const due = remindersDue([action('yesterday', '2026-11-23'), action('long-ago', '2025-01-01')], today, 2);
    expect(due.map((d) => [d.action._id, d.kind])).toEqual([
      ['yesterday', 'overdue'],
      ['long-ago', 'overdue'],
    ]);
  });
  it('skips finished actions and actions without a due date', () => {
    const due = remindersDue(
      [action('done', '2026-11-23', 'done'), action('gone', '2026-11-23', 'could-not-be-done'), action('none', null), action('bad', 'soon')],
      today,
      2,
    );
    expect(due).toEqual([]);
  });
  it('keeps reminding open, in-progress, blocked and not-done actions', () => {
    const due = remindersDue(
      (['open', 'in-progress', 'blocked', 'not-done'] as const).map((s) => action(s, '2026-11-20', s)),
      today,
      2,
    );
    expect(due).toHaveLength(4);
  });
  it('keys each reminder by kind, action and due date, so a moved date is reminded again and the same date never twice', () => {
    const [first] = remindersDue([action('a1', '2026-11-25')], today, 2);
    expect(first.dedupeKey).toBe('reminder:before:a1:2026-11-25');
    expect(remindersDue([action('a1', '2026-11-25')], today, 2)[0].dedupeKey).toBe(first.dedupeKey);
    const [overdue] = remindersDue([action('a1', '2026-11-25')], '2026-11-26', 2);
    expect(overdue.dedupeKey).toBe(reminderKey('overdue', 'a1', '2026-11-25'));
    const [moved] = remindersDue([action('a1', '2026-11-26')], today, 2);
    expect(moved.dedupeKey).not.toBe(first.dedupeKey);
  });
  it('with no days before, reminds only on the due date', () => {
    expect(remindersDue([action('tomorrow', '2026-11-25'), action('today', '2026-11-24')], today, 0).map((d) => d.action._id)).toEqual(['today']);
  });
});

describe('reminderRecipients', () => {
  const users = [
    { _id: 'u1', username: 'helen', displayName: 'Helen Marsh (Housing Options)', role: 'member' },
    { _id: 'u2', username: 'hal', displayName: 'Hal Jones', role: 'member' },
    { _id: 'u3', username: 'obs', displayName: 'Olive Observer', role: 'observer' },
    { _id: 'u4', username: 'old', displayName: 'Old Account', role: 'member', disabled: true },
  ];
  it('reminds the named owner, by display name or username', () => {
    expect(reminderRecipients('Helen Marsh', users)).toEqual(['u1']);
    expect(reminderRecipients('Helen Marsh (Housing Options)', users)).toEqual(['u1']);
    expect(reminderRecipients('  helen  marsh ', users)).toEqual(['u1']);
    expect(reminderRecipients('@hal', users)).toEqual(['u2']);
  });
  it('reminds the whole agency when the owner is not one of its users, but never observers or disabled accounts', () => {
    expect(reminderRecipients('The person themself', users)).toEqual(['u1', 'u2']);
    expect(reminderRecipients(undefined, users)).toEqual(['u1', 'u2']);
    expect(reminderRecipients('Old Account', users)).toEqual(['u1', 'u2']);
  });
});
