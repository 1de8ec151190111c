import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addLiveAction, isEmptyDecision, readLiveActions, readDecisions, removeLiveAction, removeDecision, SCOPED, updateLiveAction } from './scoped.js';

const base = { agencyId: 'police', status: 'open' as const, createdBy: 'u1', createdAt: '2026-01-01T00:00:00Z' };

describe('correcting and removing actions and decisions in a document', () => {
  it('changes fields, clears those set to null, and removes an action', () => {
    const doc = new Y.Doc();
    addLiveAction(doc, { ...base, id: 'a1', text: 'Book a room', owner: 'Dan', pathway: 'health', dueDate: '2031-01-01' });
    expect(updateLiveAction(doc, 'a1', { owner: null, pathway: null, dueDate: null, dueRelativeDays: -2, agencyId: 'housing' })).toBe(true);
    expect(readLiveActions(doc)[0]).toEqual({ ...base, id: 'a1', text: 'Book a room', agencyId: 'housing', dueRelativeDays: -2 });
    expect(removeLiveAction(doc, 'missing')).toBe(false);
    expect(removeLiveAction(doc, 'a1')).toBe(true);
    expect(readLiveActions(doc)).toEqual([]);
  });

  it('tells an empty decision from one with content, and removes it', () => {
    const doc = new Y.Doc();
    const decision = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>(SCOPED.decisions).set('d1', decision);
    decision.set('text', new Y.Text('  '));
    decision.set('rationale', new Y.Text(''));
    const [view] = readDecisions(doc);
    expect(isEmptyDecision(view)).toBe(true);
    expect(isEmptyDecision({ text: '', rationale: 'Because' })).toBe(false);
    expect(removeDecision(doc, 'd1')).toBe(true);
    expect(removeDecision(doc, 'd1')).toBe(false);
    expect(readDecisions(doc)).toEqual([]);
  });
});
