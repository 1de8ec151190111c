import { describe, expect, it } from 'vitest';
import { changesOf, checkDraft, draftOf, dueDateOf, emptyDraft, inputOf, mayChangeAction, NO_DUE, pastDueDate } from './actionForm';
import type { LiveAction } from '../../../../shared/domain/actions';

const action: LiveAction = {
  id: 'a1',
  text: 'Book a GP appointment',
  agencyId: 'police',
  owner: 'PC Reeves',
  dueDate: '2031-02-01',
  personId: 'p1',
  status: 'open',
  createdBy: 'u-housing',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('due dates typed in the GOV.UK date input', () => {
  it('turns a real date into YYYY-MM-DD', () => {
    expect(dueDateOf({ day: '7', month: '3', year: '2027' })).toEqual({ date: '2027-03-07' });
    expect(dueDateOf({ day: ' 29 ', month: '02', year: '2028' })).toEqual({ date: '2028-02-29' });
  });
  it('names the part to fix', () => {
    expect(dueDateOf({ day: '', month: '', year: '' })).toEqual({ part: 'day', message: 'Enter the due date' });
    expect(dueDateOf({ day: '7', month: '', year: '' })).toEqual({ part: 'month', message: 'Due date must include a month and year' });
    expect(dueDateOf({ day: '29', month: '2', year: '2027' })).toEqual({ part: 'day', message: 'Due date must be a real date' });
    expect(dueDateOf({ day: '1', month: '13', year: '2027' })).toMatchObject({ part: 'month' });
    expect(dueDateOf({ day: '1', month: '1', year: '27' })).toEqual({ part: 'year', message: 'Year must include 4 numbers' });
  });
  it('says when a complete date is in the past', () => {
    expect(pastDueDate({ ...NO_DUE, kind: 'date', day: '1', month: '1', year: '2020' }, '2026-11-24')).toBe('2020-01-01');
    expect(pastDueDate({ ...NO_DUE, kind: 'date', day: '24', month: '11', year: '2026' }, '2026-11-24')).toBeNull();
    expect(pastDueDate({ ...NO_DUE, kind: 'date', day: '1', month: '', year: '2020' }, '2026-11-24')).toBeNull();
  });
});

describe('checking a draft', () => {
  it('links every problem to its field, in the order of the form', () => {
    const result = checkDraft({ ...emptyDraft(''), due: { ...NO_DUE, kind: 'date', day: '31', month: '4', year: '2027' } }, 'action', { allowRelative: false });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'action-text', message: 'Enter what needs to be done' },
        { field: 'action-agency', message: 'Select the owning agency' },
        { field: 'action-due-date-day', message: 'Due date must be a real date' },
      ],
    });
  });
  it('refuses a relative date without a release date, and days out of range', () => {
    const relative = { ...emptyDraft('police'), text: 'x', due: { ...NO_DUE, kind: 'relative' as const, days: '2' } };
    expect(checkDraft(relative, 'p', { allowRelative: false })).toMatchObject({ ok: false, errors: [{ field: 'p-due-none' }] });
    expect(checkDraft({ ...relative, due: { ...relative.due, days: '400' } }, 'p', { allowRelative: true })).toMatchObject({ ok: false, errors: [{ field: 'p-due-days' }] });
    expect(checkDraft(relative, 'p', { allowRelative: true })).toMatchObject({ ok: true, values: { dueRelativeDays: -2, dueDate: null } });
  });
  it('gives clean values: trimmed, empty owner and pathway as null', () => {
    const result = checkDraft({ ...emptyDraft('police'), text: '  Call  ', owner: '  ' }, 'p', { allowRelative: false });
    expect(result).toEqual({ ok: true, values: { text: 'Call', agencyId: 'police', owner: null, pathway: null, dueDate: null, dueRelativeDays: null } });
    if (result.ok) expect(inputOf(result.values)).toEqual({ text: 'Call', agencyId: 'police' });
  });
});

describe('changing an action', () => {
  it('round-trips an action through its draft without changes', () => {
    const result = checkDraft(draftOf(action), 'e', { allowRelative: true });
    expect(result.ok && changesOf(action, result.values)).toEqual({});
    const relative = { ...action, dueDate: undefined, dueRelativeDays: 14 };
    expect(draftOf(relative).due).toMatchObject({ kind: 'relative', days: '14', direction: 'after' });
    const again = checkDraft(draftOf(relative), 'e', { allowRelative: true });
    expect(again.ok && changesOf(relative, again.values)).toEqual({});
  });
  it('sends only what changed, and both due fields when the due date changes', () => {
    const draft = { ...draftOf(action), agencyId: 'housing', owner: '', due: { ...NO_DUE, kind: 'date' as const, day: '3', month: '3', year: '2031' } };
    const result = checkDraft(draft, 'e', { allowRelative: true });
    expect(result.ok && changesOf(action, result.values)).toEqual({ agencyId: 'housing', owner: null, dueDate: '2031-03-03', dueRelativeDays: null });
  });
  it('offers the change to the chair, the owning agency and the author only (display; the server decides)', () => {
    expect(mayChangeAction({ _id: 'u-chair', agencyId: 'probation' }, true, action)).toBe(true);
    expect(mayChangeAction({ _id: 'u-police', agencyId: 'police' }, false, action)).toBe(true);
    expect(mayChangeAction({ _id: 'u-housing', agencyId: 'housing' }, false, action)).toBe(true);
    expect(mayChangeAction({ _id: 'u-sub', agencyId: 'substance' }, false, action)).toBe(false);
  });
});
