// The real titles of case items, from the case documents this user holds (the meeting document shows neutral ones).
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { CASE, readItemTitles } from '../../../shared/live/layout';
import { acquireDoc, releaseDoc } from './docPool';

/** item id → real title, for every item of the given case documents (shared with the rest of the page's pool). */
export function useCaseTitles(caseDocNames: string[]): Record<string, string> {
  const [titles, setTitles] = useState<Record<string, string>>({});
  const key = [...caseDocNames].sort().join('|');
  useEffect(() => {
    const names = key ? key.split('|') : [];
    const byDoc = new Map<string, Record<string, string>>();
    const publish = () => setTitles(Object.assign({}, ...byDoc.values()) as Record<string, string>);
    const cleanups = names.map((name) => {
      const { doc } = acquireDoc(name);
      const item: Y.Map<unknown> = doc.getMap(CASE.item);
      const read = () => {
        byDoc.set(name, readItemTitles(doc));
        publish();
      };
      item.observe(read);
      read();
      return () => {
        item.unobserve(read);
        releaseDoc(name);
      };
    });
    if (names.length === 0) publish();
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [key]);
  return titles;
}
