// The first three days after release: unresolved day-of-release items keep raising a red flag on days 0 to 3,
// ticking them clears it, and "today" is the UK calendar date across the clock changes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, initCaseDoc, readCase, type CaseView } from '../live/layout.js';
import { addDays } from './dueDates.js';
import { firstDaysFlags, firstDaysStatus, POST_RELEASE_ITEMS } from './firstDays.js';
import { computeRedFlags } from './redFlags.js';

function caseView(checks: Record<string, string> = {}, links: Record<string, string> = {}): CaseView {
  const doc = new Y.Doc();
  initCaseDoc(doc);
  const list = doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease);
  for (const [key, state] of Object.entries(checks)) list.get(key)!.set('state', state);
  for (const [key, actionId] of Object.entries(links)) list.get(key)!.set('actionId', actionId);
  return readCase(doc);
}

const ALL_TICKED = Object.fromEntries(
  ['metAtGate', 'firstNightAccommodation', 'probationAppointment', 'benefitsClaim', 'identification', 'bankAccount', 'gpRegistration', 'medication', 'treatmentAppointment', 'phone'].map((k) => [k, 'confirmed']),
);
const RELEASE = '2030-03-08';
const flagsOn = (today: string | Date, view = caseView(), extra: Parameters<typeof computeRedFlags>[0]['person'] = {}) =>
  computeRedFlags({ person: { releaseDate: RELEASE, ...extra }, caseView: view, actions: [], today });

describe('the first days after release', () => {
  it('flags an unresolved day-of-release item on days 1, 2 and 3 after release, and not on day 4', () => {
    const view = caseView({ ...ALL_TICKED, bankAccount: 'unresolved' });
    for (const day of [1, 2, 3]) {
      const flags = flagsOn(addDays(RELEASE, day), view);
      expect(flags, `day ${day}`).toEqual([expect.objectContaining({ code: 'day-of-release-unresolved', severity: 'high', checklistKeys: ['bankAccount'] })]);
      expect(flags[0].message).toBe(`Released ${day === 1 ? '1 day' : `${day} days`} ago; day-of-release items still unresolved: Bank account`);
    }
    expect(flagsOn(addDays(RELEASE, 4), view)).toEqual([]);
  });

  it('still flags on release day itself (the window before release reaches it)', () => {
    const flags = flagsOn(RELEASE, caseView({ ...ALL_TICKED, medication: 'unresolved' }));
    expect(flags).toEqual([expect.objectContaining({ code: 'day-of-release-unresolved', checklistKeys: ['medication'] })]);
  });

  it('clears when the item is ticked or marked not needed', () => {
    expect(flagsOn(addDays(RELEASE, 2), caseView(ALL_TICKED))).toEqual([]);
    expect(flagsOn(addDays(RELEASE, 2), caseView({ ...ALL_TICKED, phone: 'not-needed' }))).toEqual([]);
  });

  it('after release, counts only the items of the first days (not met at the gate or the first night)', () => {
    const flags = flagsOn(addDays(RELEASE, 2), caseView());
    expect(flags).toHaveLength(1);
    expect(flags[0].checklistKeys).toEqual(['probationAppointment', 'benefitsClaim', 'identification', 'bankAccount', 'gpRegistration', 'medication', 'treatmentAppointment', 'phone']);
    expect([...flags[0].checklistKeys!].sort()).toEqual([...POST_RELEASE_ITEMS].sort());
    expect(flagsOn(addDays(RELEASE, 2), caseView({ ...ALL_TICKED, metAtGate: 'unresolved', firstNightAccommodation: 'unresolved' }))).toEqual([]);
  });

  it('does not flag without a release date', () => {
    expect(computeRedFlags({ person: { releaseDate: null }, caseView: caseView(), actions: [], today: '2030-03-10' })).toEqual([]);
  });

  it('a release that did not happen raises its own flag, only for the release date it answered', () => {
    const view = caseView(ALL_TICKED);
    const notReleased = { outcome: 'not-released' as const, releaseDate: RELEASE };
    const flags = flagsOn(addDays(RELEASE, 1), view, { releaseConfirmation: notReleased });
    expect(flags).toEqual([expect.objectContaining({ code: 'release-did-not-happen', severity: 'high' })]);
    expect(flags[0].message).toBe('Release did not happen on 8 March 2030: record the new release date so every agency knows');
    // It replaces the checklist flag of the days after a release that never was.
    expect(flagsOn(addDays(RELEASE, 2), caseView(), { releaseConfirmation: notReleased }).map((f) => f.code)).toEqual(['release-did-not-happen']);
    // A new release date makes the confirmation history.
    expect(computeRedFlags({ person: { releaseDate: '2030-03-20', releaseConfirmation: notReleased }, caseView: view, actions: [], today: '2030-03-10' })).toEqual([]);
    // Released: no flag of its own.
    expect(flagsOn(addDays(RELEASE, 1), view, { releaseConfirmation: { outcome: 'released-not-met', releaseDate: RELEASE } })).toEqual([]);
  });

  it('keeps a linked action on the item in the case view', () => {
    expect(caseView({}, { bankAccount: 'action-9' }).dayOfRelease.bankAccount).toEqual({ state: 'unresolved', detail: '', actionId: 'action-9' });
  });
});

describe('the window in UK days, across the clock changes', () => {
  const view = caseView({ ...ALL_TICKED, gpRegistration: 'unresolved' });
  const flagged = (release: string, now: string) => firstDaysFlags({ releaseDate: release, caseView: view, todayIso: ukDay(now) }).length > 0;
  const ukDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));

  it('spring forward (29 March 2026): day 3 ends at midnight BST, which is 23:00 UTC', () => {
    // Released on Saturday 28 March; clocks go forward on Sunday 29 March.
    expect(computeRedFlags({ person: { releaseDate: '2026-03-28' }, caseView: view, actions: [], today: new Date('2026-03-31T22:30:00Z') })).toHaveLength(1); // 23:30 BST on day 3
    expect(computeRedFlags({ person: { releaseDate: '2026-03-28' }, caseView: view, actions: [], today: new Date('2026-03-31T23:30:00Z') })).toEqual([]); // 00:30 BST on day 4
    // 00:30 BST on 30 March is day 2, though UTC still says 29 March (day 1).
    expect(computeRedFlags({ person: { releaseDate: '2026-03-28' }, caseView: view, actions: [], today: new Date('2026-03-29T23:30:00Z') })[0].message).toMatch(/^Released 2 days ago/);
    expect(flagged('2026-03-28', '2026-03-28T23:30:00Z')).toBe(false); // 23:30 GMT on release day: the day-0 flag, not this one
  });

  it('fall back (25 October 2026): the hour repeated at 01:00 does not move the day', () => {
    // Released on Friday 23 October; clocks go back on Sunday 25 October.
    expect(computeRedFlags({ person: { releaseDate: '2026-10-23' }, caseView: view, actions: [], today: new Date('2026-10-25T00:30:00Z') })).toHaveLength(1); // 01:30 BST, day 2
    expect(computeRedFlags({ person: { releaseDate: '2026-10-23' }, caseView: view, actions: [], today: new Date('2026-10-25T01:30:00Z') })).toHaveLength(1); // 01:30 GMT, day 2
    expect(computeRedFlags({ person: { releaseDate: '2026-10-23' }, caseView: view, actions: [], today: new Date('2026-10-26T23:59:00Z') })).toHaveLength(1); // 23:59 GMT, day 3
    expect(computeRedFlags({ person: { releaseDate: '2026-10-23' }, caseView: view, actions: [], today: new Date('2026-10-27T00:00:00Z') })).toEqual([]); // midnight GMT, day 4
  });

  it('in winter, UTC midnight is UK midnight', () => {
    expect(flagged('2030-01-10', '2030-01-13T23:59:59Z')).toBe(true);
    expect(flagged('2030-01-10', '2030-01-14T00:00:00Z')).toBe(false);
  });
});

describe('the first days between meetings', () => {
  const meetingChecklist = caseView({ ...ALL_TICKED, bankAccount: 'unresolved', gpRegistration: 'unresolved' }).dayOfRelease;
  const status = (today: string, checks: Parameters<typeof firstDaysStatus>[0]['checks'] = [], meetingAt: string | null = '2030-03-01T12:00:00.000Z') =>
    firstDaysStatus({ releaseDate: RELEASE, meetingChecklist, meetingAt, checks, todayIso: today });

  it('lists the day-of-release items of the first days as the last meeting left them, and flags the open ones on day 2', () => {
    const day2 = status(addDays(RELEASE, 2));
    expect(day2).toMatchObject({ releaseDate: RELEASE, daysSinceRelease: 2, inWindow: true });
    expect(day2.items.map((i) => i.key).sort()).toEqual([...POST_RELEASE_ITEMS].sort());
    expect(day2.items.filter((i) => i.state === 'unresolved').map((i) => i.label)).toEqual(['Bank account', 'GP registration']);
    expect(day2.flags).toEqual([expect.objectContaining({ code: 'day-of-release-unresolved', message: 'Released 2 days ago; day-of-release items still unresolved: Bank account, GP registration' })]);
  });

  it('clears the flag once the open items are confirmed between meetings, the later check winning', () => {
    const checks = [
      { key: 'bankAccount' as const, state: 'unresolved' as const, byName: 'Priya Shah', at: '2030-03-09T09:00:00.000Z' },
      { key: 'bankAccount' as const, state: 'confirmed' as const, byName: 'Priya Shah', at: '2030-03-09T10:00:00.000Z' },
      { key: 'gpRegistration' as const, state: 'not-needed' as const, byName: 'Helen Marsh', at: '2030-03-09T11:00:00.000Z' },
    ];
    const day2 = status(addDays(RELEASE, 2), checks);
    expect(day2.flags).toEqual([]);
    expect(day2.items.find((i) => i.key === 'bankAccount')).toMatchObject({ state: 'confirmed', recordedBy: 'Priya Shah', recordedAt: '2030-03-09T10:00:00.000Z' });
    // A check from before the meeting is what the meeting carried; the meeting's checklist stands.
    expect(status(addDays(RELEASE, 2), checks, '2030-03-09T12:00:00.000Z').flags).toHaveLength(1);
  });

  it('is out of the window before release day and after day 3, and flags nothing then', () => {
    expect(status(addDays(RELEASE, -1))).toMatchObject({ daysSinceRelease: -1, inWindow: false, flags: [] });
    expect(status(RELEASE)).toMatchObject({ daysSinceRelease: 0, inWindow: true, flags: [] });
    expect(status(addDays(RELEASE, 4))).toMatchObject({ inWindow: false, flags: [] });
    expect(firstDaysStatus({ releaseDate: null, meetingChecklist: {}, meetingAt: null, checks: [], todayIso: RELEASE })).toMatchObject({ daysSinceRelease: null, inWindow: false });
  });
});
