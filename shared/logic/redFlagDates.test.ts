// Red flags write dates as people read them ("8 March 2030"), never as ISO strings.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initCaseDoc, readCase } from '../live/layout.js';
import { ukLongDate } from '../format.js';
import { computeRedFlags } from './redFlags.js';

describe('red flag dates', () => {
  it('an overdue action says its due date in words', () => {
    const doc = new Y.Doc();
    initCaseDoc(doc);
    const flags = computeRedFlags({
      person: { releaseDate: '2030-04-01' },
      caseView: readCase(doc),
      actions: [{ id: 'a1', text: 'Book a bed', agencyId: 'housing', status: 'open', createdBy: 'u1', createdAt: '2030-01-01T00:00:00Z', dueDate: '2030-03-08' }],
      today: '2030-03-10',
    });
    expect(flags[0].message).toBe('Overdue by 2 days (due 8 March 2030): Book a bed');
    expect(flags[0].message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it('ukLongDate', () => {
    expect(ukLongDate('2026-12-03')).toBe('3 December 2026');
    expect(ukLongDate(null)).toBe('');
  });
});
