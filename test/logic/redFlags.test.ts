import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, initCaseDoc, readCase, type CaseView } from '../../shared/live/layout.js';
import { addDays, resolveDueDate } from '../../shared/logic/dueDates.js';
import { computeRedFlags } from '../../shared/logic/redFlags.js';
import type { LiveAction } from '../../shared/domain/actions.js';

const TODAY = '2030-03-10';

/** A case as a fresh case document reads, with the given pathway statuses and checklist states. */
function caseView(changes: { pathways?: Record<string, string>; checks?: Record<string, string> } = {}): CaseView {
  const doc = new Y.Doc();
  initCaseDoc(doc);
  for (const [key, status] of Object.entries(changes.pathways ?? {})) doc.getMap<Y.Map<unknown>>(CASE.pathways).get(key)!.set('status', status);
  for (const [key, state] of Object.entries(changes.checks ?? {})) doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease).get(key)!.set('state', state);
  return readCase(doc);
}

const ALL_CONFIRMED = Object.fromEntries(
  ['metAtGate', 'firstNightAccommodation', 'probationAppointment', 'benefitsClaim', 'identification', 'bankAccount', 'gpRegistration', 'medication', 'treatmentAppointment', 'phone'].map((k) => [k, 'confirmed']),
);

function action(fields: Partial<LiveAction>): LiveAction {
  return { id: 'a1', text: 'Book a bed', agencyId: 'housing', status: 'open', createdBy: 'u1', createdAt: '2030-01-01T00:00:00Z', ...fields };
}

const codes = (flags: { code: string }[]) => flags.map((f) => f.code);

describe('resolveDueDate', () => {
  it('counts relative days from the release date', () => {
    expect(resolveDueDate({ dueRelativeDays: -3 }, '2030-03-01')).toBe('2030-02-26');
    expect(resolveDueDate({ dueRelativeDays: 2 }, '2030-12-31')).toBe('2031-01-02');
  });
  it('prefers the absolute date', () => {
    expect(resolveDueDate({ dueDate: '2030-05-05', dueRelativeDays: -3 }, '2030-03-01')).toBe('2030-05-05');
  });
  it('is null without a date or without a release date for a relative one', () => {
    expect(resolveDueDate({}, '2030-03-01')).toBeNull();
    expect(resolveDueDate({ dueRelativeDays: 1 }, null)).toBeNull();
  });
});

describe('computeRedFlags', () => {
  it('flags a release within 14 days without confirmed first-night accommodation', () => {
    const flags = computeRedFlags({ person: { releaseDate: addDays(TODAY, 14) }, caseView: caseView(), actions: [], today: TODAY });
    expect(codes(flags)).toEqual(['no-first-night-accommodation']);
    expect(flags[0].severity).toBe('high');
    expect(flags[0].message).toContain('in 14 days');
  });

  it('does not flag accommodation when confirmed, when release is further away, or with no release date', () => {
    const confirmed = caseView({ checks: { firstNightAccommodation: 'confirmed' } });
    expect(computeRedFlags({ person: { releaseDate: addDays(TODAY, 10) }, caseView: confirmed, actions: [], today: TODAY })).toEqual([]);
    expect(computeRedFlags({ person: { releaseDate: addDays(TODAY, 15) }, caseView: caseView(), actions: [], today: TODAY })).toEqual([]);
    expect(computeRedFlags({ person: { releaseDate: null }, caseView: caseView(), actions: [], today: TODAY })).toEqual([]);
  });

  it('flags a pathway need that no open action addresses', () => {
    const view = caseView({ pathways: { accommodation: 'need', health: 'in-hand' } });
    const done = action({ pathway: 'accommodation', personId: 'p1', status: 'done' });
    const otherPerson = action({ pathway: 'accommodation', personId: 'p2' });
    const flags = computeRedFlags({ person: { id: 'p1', releaseDate: null }, caseView: view, actions: [done, otherPerson], today: TODAY });
    expect(flags).toEqual([expect.objectContaining({ code: 'unowned-need', pathway: 'accommodation', severity: 'medium' })]);
  });

  it('does not flag a need that has an open action for this person', () => {
    const view = caseView({ pathways: { accommodation: 'need' } });
    const open = action({ pathway: 'accommodation', personId: 'p1', status: 'blocked' });
    expect(computeRedFlags({ person: { id: 'p1', releaseDate: null }, caseView: view, actions: [open], today: TODAY })).toEqual([]);
  });

  it('flags an overdue action, absolute or relative to release', () => {
    const release = addDays(TODAY, 20);
    const late = action({ id: 'late', dueDate: addDays(TODAY, -2) });
    const relativeLate = action({ id: 'rel', dueRelativeDays: -21 });
    const flags = computeRedFlags({ person: { releaseDate: release }, caseView: caseView(), actions: [late, relativeLate], today: TODAY });
    expect(flags.map((f) => [f.code, f.actionId])).toEqual([
      ['overdue-action', 'late'],
      ['overdue-action', 'rel'],
    ]);
    expect(flags[0].message).toContain('Overdue by 2 days');
  });

  it('takes a moment as its UK date: just after UTC 23:00 in summer, an action due that day is overdue', () => {
    const due = action({ id: 'summer', dueDate: '2030-06-15' });
    const atUtcEvening = (iso: string) => computeRedFlags({ person: { releaseDate: null }, caseView: caseView(), actions: [due], today: new Date(iso) });
    expect(codes(atUtcEvening('2030-06-15T22:30:00Z'))).toEqual([]);
    expect(codes(atUtcEvening('2030-06-15T23:30:00Z'))).toEqual(['overdue-action']);
  });

  it('does not flag actions that are done, due today, due later or undated', () => {
    const actions = [
      action({ id: 'done', dueDate: addDays(TODAY, -5), status: 'done' }),
      action({ id: 'today', dueDate: TODAY }),
      action({ id: 'later', dueRelativeDays: 3 }),
      action({ id: 'undated' }),
    ];
    expect(computeRedFlags({ person: { releaseDate: addDays(TODAY, 30) }, caseView: caseView(), actions, today: TODAY })).toEqual([]);
  });

  it('flags unresolved day-of-release items within 7 days of release', () => {
    const view = caseView({ checks: { ...ALL_CONFIRMED, identification: 'unresolved', bankAccount: 'unresolved', phone: 'not-needed' } });
    const flags = computeRedFlags({ person: { releaseDate: addDays(TODAY, 7) }, caseView: view, actions: [], today: TODAY });
    expect(flags).toEqual([expect.objectContaining({ code: 'day-of-release-unresolved', checklistKeys: ['identification', 'bankAccount'] })]);
    expect(flags[0].message).toContain('ID, Bank account');
  });

  it('does not flag the checklist when it is resolved or release is more than 7 days away', () => {
    const resolved = caseView({ checks: { ...ALL_CONFIRMED, phone: 'not-needed' } });
    expect(computeRedFlags({ person: { releaseDate: addDays(TODAY, 3) }, caseView: resolved, actions: [], today: TODAY })).toEqual([]);
    const open = caseView({ checks: { firstNightAccommodation: 'confirmed' } });
    expect(computeRedFlags({ person: { releaseDate: addDays(TODAY, 8) }, caseView: open, actions: [], today: TODAY })).toEqual([]);
  });

  it('accepts a Date for today', () => {
    const flags = computeRedFlags({ person: { releaseDate: '2030-03-12' }, caseView: caseView(), actions: [], today: new Date('2030-03-10T23:30:00Z') });
    expect(codes(flags)).toEqual(['no-first-night-accommodation', 'day-of-release-unresolved']);
  });
});
