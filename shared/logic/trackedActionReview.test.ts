// Earlier actions in a later meeting: what stays listed, what waits for the panel, what the close records; and the
// red flags that count them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, initCaseDoc, readCase } from '../live/layout.js';
import { awaitsPanelDecision, isListedInMeeting, reviewedActions, type ReviewSource } from './trackedActionReview.js';
import { computeRedFlags, type TrackedActionForFlags } from './redFlags.js';

const base: ReviewSource = {
  _id: 'm1:a1',
  meetingId: 'm1',
  meetingTitle: 'Panel, March',
  text: 'Book a bed',
  agencyId: 'housing',
  personId: 'p1',
  dueDate: '2030-03-08',
  status: 'open',
};
const decision = (meetingId: string, outcome: 'close' | 'reopen') => ({ at: '2030-03-20T10:00:00Z', by: 'u1', byName: 'Chair', meetingId, outcome, reason: 'Moved area' });

describe('previous actions listed in a later meeting', () => {
  it('lists open, in progress, blocked and not done; not done-and-finished ones or the meeting’s own', () => {
    for (const status of ['open', 'in-progress', 'blocked', 'not-done'] as const) expect(isListedInMeeting({ ...base, status }, 'm2')).toBe(true);
    expect(isListedInMeeting({ ...base, status: 'done' }, 'm2')).toBe(false);
    expect(isListedInMeeting(base, 'm1')).toBe(false);
  });

  it('keeps "could not be done" until the panel closes it, and in the meeting that closed it', () => {
    const cannot = { ...base, status: 'could-not-be-done' as const };
    expect(awaitsPanelDecision(cannot)).toBe(true);
    expect(isListedInMeeting(cannot, 'm2')).toBe(true);
    const closed = { ...cannot, panelDecision: decision('m2', 'close') };
    expect(awaitsPanelDecision(closed)).toBe(false);
    expect(isListedInMeeting(closed, 'm2')).toBe(true);
    expect(isListedInMeeting(closed, 'm3')).toBe(false);
    // Re-opened earlier, then could not be done again: waits for a new decision.
    expect(isListedInMeeting({ ...cannot, panelDecision: decision('m2', 'reopen') }, 'm3')).toBe(true);
  });

  it('keeps an action finished during this meeting listed in it, and records what changed there only', () => {
    const done: ReviewSource = {
      ...base,
      status: 'done',
      reviewChanges: [
        { at: '2030-03-01T09:00:00Z', by: 'u2', byName: 'Helen', meetingId: 'm0', to: 'in-progress' },
        { at: '2030-03-20T10:05:00Z', by: 'u2', byName: 'Helen', meetingId: 'm2', from: 'in-progress', to: 'done', note: 'Bed confirmed' },
      ],
    };
    expect(isListedInMeeting(done, 'm2')).toBe(true);
    expect(isListedInMeeting(done, 'm3')).toBe(false);
    const [reviewed] = reviewedActions([done, { ...base, _id: 'm1:a2', status: 'done' }], 'm2');
    expect(reviewed).toMatchObject({ id: 'm1:a1', fromMeetingTitle: 'Panel, March', status: 'done' });
    expect(reviewed.changes).toEqual([{ at: '2030-03-20T10:05:00Z', byName: 'Helen', from: 'in-progress', to: 'done', note: 'Bed confirmed' }]);
    expect(reviewedActions([done], 'm9')).toEqual([]);
  });

  it('records the panel decision made in this meeting', () => {
    const [reviewed] = reviewedActions([{ ...base, status: 'could-not-be-done', panelDecision: decision('m2', 'close') }], 'm2');
    expect(reviewed.panelDecision).toEqual({ at: '2030-03-20T10:00:00Z', byName: 'Chair', outcome: 'close', reason: 'Moved area' });
  });
});

describe('red flags with carried actions', () => {
  function caseWithNeed() {
    const doc = new Y.Doc();
    initCaseDoc(doc);
    (doc.getMap(CASE.pathways).get('accommodation') as Y.Map<unknown>).set('status', 'need');
    return readCase(doc);
  }
  const carried = (over: Partial<TrackedActionForFlags> = {}): TrackedActionForFlags => ({
    id: 'm1:a1', text: 'Book a bed', personId: 'p1', pathway: 'accommodation', dueDate: '2030-04-01', status: 'open', meetingTitle: 'Panel, March', ...over,
  });
  const flagsWith = (trackedActions: TrackedActionForFlags[]) =>
    computeRedFlags({ person: { id: 'p1' }, caseView: caseWithNeed(), actions: [], today: '2030-03-10', trackedActions });

  it('a need owned by an open carried action is not unowned (positive control: without it, it is)', () => {
    expect(flagsWith([]).map((f) => f.code)).toEqual(['unowned-need']);
    expect(flagsWith([carried()])).toEqual([]);
    // Another person's action, a finished one or one that could not be done owns nothing.
    expect(flagsWith([carried({ personId: 'p2' })]).map((f) => f.code)).toEqual(['unowned-need']);
    expect(flagsWith([carried({ status: 'done' })]).map((f) => f.code)).toEqual(['unowned-need']);
    expect(flagsWith([carried({ status: 'could-not-be-done' })]).map((f) => f.code)).toEqual(['unowned-need']);
  });

  it('an overdue carried action raises one flag, naming its meeting; a done one none', () => {
    const flags = flagsWith([carried({ dueDate: '2030-03-08' })]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ code: 'overdue-action', severity: 'high', actionId: 'm1:a1' });
    expect(flags[0].message).toBe('Overdue by 2 days (due 8 March 2030, from Panel, March): Book a bed');
    expect(flagsWith([carried({ dueDate: '2030-03-08', status: 'done' })]).map((f) => f.code)).toEqual(['unowned-need']);
    expect(flagsWith([carried({ dueDate: null })])).toEqual([]);
  });
});
