// The restricted document `restricted.<meetingId>.<personId>`: victim safety planning and restricted intelligence.
import * as Y from 'yjs';

export const RESTRICTED = {
  /** Y.Map: 'victimSafety' and 'intelligence' → Y.Text. */
  sections: 'sections',
} as const;
export const RESTRICTED_TEXT_FIELDS = [
  { key: 'victimSafety', label: 'Victim safety planning' },
  { key: 'intelligence', label: 'Restricted intelligence' },
] as const;

export function initRestrictedDoc(doc: Y.Doc): void {
  doc.transact(() => {
    const sections = doc.getMap(RESTRICTED.sections);
    for (const { key } of RESTRICTED_TEXT_FIELDS) if (!sections.has(key)) sections.set(key, new Y.Text());
  });
}
