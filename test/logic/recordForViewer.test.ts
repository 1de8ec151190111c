// The minutes a viewer gets: only the cases they may read, standing items always.
import { describe, expect, it } from 'vitest';
import { recordForViewer } from '../../shared/logic/recordForViewer.js';
import type { ClosedRecord } from '../../shared/domain/closedRecord.js';

const action = (id: string, extra: { personId?: string; itemId?: string }) => ({
  id,
  liveId: id,
  text: id,
  agencyId: 'a1',
  dueDate: null,
  status: 'open' as const,
  createdBy: 'u',
  createdAt: '2026-01-01',
  ...extra,
});

const record: ClosedRecord = {
  meeting: { id: 'm', title: 'T', type: 'IOM', panelId: 'p', startsAt: '2026-01-01T10:00:00Z', chairId: 'c', chairName: 'C' },
  closedAt: '2026-01-01T12:00:00Z',
  closedBy: 'c',
  agencies: [{ id: 'a1', name: 'Agency' }],
  people: [
    { personId: 'p1', name: 'One', caseReference: 'R1', releaseDate: null },
    { personId: 'p2', name: 'Two', caseReference: 'R2', releaseDate: null },
  ],
  attendance: [{ userId: 'u', displayName: 'U', agencyId: 'a1', present: true, itemIds: ['s', 'i1', 'i2'] }],
  agenda: [
    { id: 's', title: 'Standing', kind: 'standing', notes: 'standing notes' },
    { id: 'i1', title: 'One: case', kind: 'case', personId: 'p1', notes: 'one notes' },
    { id: 'i2', title: 'Two: case', kind: 'case', personId: 'p2', notes: 'two notes' },
  ],
  decisions: [
    { id: 'd-s', itemId: 's', text: 'standing', rationale: '', agencyIds: [] },
    { id: 'd1', itemId: 'i1', personId: 'p1', text: 'one', rationale: '', agencyIds: [] },
    { id: 'd2-by-item', itemId: 'i2', text: 'two', rationale: '', agencyIds: [] },
  ],
  actions: [action('x-s', {}), action('x1', { personId: 'p1' }), action('x2', { personId: 'p2' }), action('x2-by-item', { itemId: 'i2' }), action('x-unknown', { personId: 'p9' })],
};

describe('recordForViewer', () => {
  it('keeps standing content and the readable cases, drops the rest by person or by item', () => {
    const seen = recordForViewer(record, new Set(['p1']));
    expect(seen.agenda.map((i) => i.id)).toEqual(['s', 'i1']);
    expect(seen.people.map((p) => p.personId)).toEqual(['p1']);
    expect(seen.decisions.map((d) => d.id)).toEqual(['d-s', 'd1']);
    expect(seen.actions.map((a) => a.id)).toEqual(['x-s', 'x1']);
    expect(seen.attendance[0].itemIds).toEqual(['s', 'i1']);
    expect(JSON.stringify(seen)).not.toContain('two notes');
  });

  it('changes nothing for a viewer of every case, except actions naming people not on the agenda', () => {
    const seen = recordForViewer(record, new Set(['p1', 'p2']));
    expect(seen.agenda).toEqual(record.agenda);
    expect(seen.decisions).toEqual(record.decisions);
    expect(seen.actions.map((a) => a.id)).toEqual(['x-s', 'x1', 'x2', 'x2-by-item']);
  });

  it('leaves the input untouched', () => {
    const before = JSON.stringify(record);
    recordForViewer(record, new Set());
    expect(JSON.stringify(record)).toBe(before);
  });
});
