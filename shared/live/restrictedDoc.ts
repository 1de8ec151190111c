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

type RestrictedTextField = (typeof RESTRICTED_TEXT_FIELDS)[number]['key'];

/** The restricted sections' map, for observing it (its texts arrive with the server's initial content). */
export function restrictedSections(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(RESTRICTED.sections);
}

export function restrictedText(doc: Y.Doc, key: RestrictedTextField): Y.Text | undefined {
  const text = restrictedSections(doc).get(key);
  return text instanceof Y.Text ? text : undefined;
}
