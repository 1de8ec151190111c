import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffText, mapThroughDelta } from './textDiff.js';

function applied(before: string, after: string, caret?: number): string {
  const edit = diffText(before, after, caret);
  if (!edit) return before;
  return before.slice(0, edit.index) + edit.insert + before.slice(edit.index + edit.remove);
}

describe('diffText', () => {
  it('finds nothing to do for equal strings', () => {
    expect(diffText('same', 'same')).toBeNull();
  });

  it('describes typing, deleting and replacing as one edit', () => {
    expect(diffText('risk', 'risks')).toEqual({ index: 4, remove: 0, insert: 's' });
    expect(diffText('3 previous convictions', '3 convictions')).toEqual({ index: 2, remove: 9, insert: '' });
    expect(diffText('level high', 'level medium')).toEqual({ index: 6, remove: 4, insert: 'medium' });
  });

  it('uses the caret to choose between equally short edits', () => {
    // Typing "a" at the start of "aa" and at its end give the same string; the caret says which happened.
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 3)).toEqual({ index: 2, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
  });

  it('always turns the old text into the new one', () => {
    const cases: [string, string, number?][] = [
      ['', 'DV'],
      ['DV', ''],
      ['abcabc', 'abc', 3],
      ['Friday release', 'Thursday release', 8],
      ['no fixed abode', 'approved premises'],
      ['£ and emoji 🙂 stay whole', '£ and emoji 🙂🙂 stay whole'],
    ];
    for (const [before, after, caret] of cases) expect(applied(before, after, caret)).toBe(after);
  });
});

describe('mapThroughDelta', () => {
  it('keeps a caret on the same character through a remote change', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'housing referral sent');
    let delta: { retain?: number; insert?: unknown; delete?: number }[] = [];
    text.observe((event) => (delta = event.delta as typeof delta));

    text.insert(0, 'CAS3 '); // before the caret: it moves right
    expect(mapThroughDelta(8, delta)).toBe(13);

    text.delete(0, 5); // deletion before the caret: it moves left
    expect(mapThroughDelta(13, delta)).toBe(8);

    text.insert(16, ' today'); // after the caret: it stays
    expect(mapThroughDelta(8, delta)).toBe(8);

    text.delete(5, 6); // a deletion that covers the caret: it lands where the deletion began
    expect(mapThroughDelta(8, delta)).toBe(5);
  });
});
