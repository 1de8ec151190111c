// A release-date change moves a release-relative due date after the close: the agency list shows the tracked date
// and the date before, and judges "overdue" by the new date.
import { describe, expect, it } from 'vitest';
import { deriveAgencyList, toAgencyListLine } from './agencyList.js';
import type { ClosedRecord } from '../domain/closedRecord.js';
import type { TrackedAction } from '../domain/actions.js';

const record: ClosedRecord = {
  meeting: { id: 'm1', title: 'IOM panel', type: 'IOM', panelId: 'p1', startsAt: '2026-11-20T10:00:00.000Z', chairId: 'c', chairName: 'Chair' },
  closedAt: '2026-11-20T12:00:00.000Z',
  closedBy: 'c',
  agencies: [{ id: 'dwp', name: 'DWP' }],
  people: [],
  attendance: [],
  agenda: [],
  decisions: [],
  actions: [
    { id: 'm1:a', liveId: 'a', text: 'Benefits appointment', agencyId: 'dwp', dueDate: '2026-12-02', dueRelativeDays: -2, status: 'open', createdAt: '', createdBy: 'u' },
    { id: 'm1:b', liveId: 'b', text: 'Fixed', agencyId: 'dwp', dueDate: '2026-12-10', status: 'open', createdAt: '', createdBy: 'u' },
  ],
};

describe('due dates moved by a release-date change', () => {
  it('shows the moved date and the date before on the agency list', () => {
    const current = new Map([
      ['m1:a', { status: 'open' as const, progressNotes: [], moved: { dueDate: '2026-12-01', previousDueDate: '2026-12-02' } }],
      ['m1:b', { status: 'open' as const, progressNotes: [] }],
    ]);
    const list = deriveAgencyList(record, 'dwp', { today: '2026-12-01', current });
    expect(list.actions.find((a) => a.id === 'm1:a')).toMatchObject({ dueDate: '2026-12-01', previousDueDate: '2026-12-02', overdue: false });
    expect(list.actions.find((a) => a.id === 'm1:b')).not.toHaveProperty('previousDueDate');
    expect(deriveAgencyList(record, 'dwp', { today: '2026-12-02', current }).actions.find((a) => a.id === 'm1:a')!.overdue).toBe(true);
  });
  it('carries the date before on a tracked action', () => {
    const tracked: TrackedAction = {
      _id: 'm1:a', meetingId: 'm1', panelId: 'p1', meetingTitle: 'IOM panel', meetingStartsAt: '2026-11-20T10:00:00.000Z', liveId: 'a', text: 'x', agencyId: 'dwp',
      dueDate: '2026-12-01', dueRelativeDays: -2, status: 'open', progressNotes: [], createdAt: '', previousDueDate: '2026-12-02', dueDateMovedAt: '2026-11-25T09:00:00.000Z',
    };
    expect(toAgencyListLine(tracked, null, '2026-11-25')).toMatchObject({ dueDate: '2026-12-01', previousDueDate: '2026-12-02' });
    expect(toAgencyListLine({ ...tracked, previousDueDate: undefined, dueDateMovedAt: undefined }, null, '2026-11-25')).not.toHaveProperty('previousDueDate');
  });
});
