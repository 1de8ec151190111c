// The agenda the chair is putting together: the proposal plus their moves, removals and additions.
import type { AgendaItemInput } from '../../../../shared/domain/schemas';

export interface DraftItem extends AgendaItemInput {
  /** Only for React keys and focus; the server gives saved items their own ids. */
  key: string;
}

let nextKey = 0;
const newKey = () => `draft-${++nextKey}`;

export function toDraft(items: AgendaItemInput[]): DraftItem[] {
  return items.map((item) => ({ ...item, key: newKey() }));
}

export function toAgendaInput(items: DraftItem[]): AgendaItemInput[] {
  return items.map(({ key: _key, ...item }) => item);
}

/** Moves the item one place up (-1) or down (+1); at either end the list is unchanged. */
export function moveItem(items: DraftItem[], key: string, by: -1 | 1): DraftItem[] {
  const from = items.findIndex((item) => item.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return items;
  const next = [...items];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

export function removeItem(items: DraftItem[], key: string): DraftItem[] {
  return items.filter((item) => item.key !== key);
}

/** A standing item goes before "Any other business" when the agenda ends with it. */
export function addStandingItem(items: DraftItem[], title: string): DraftItem[] {
  const item: DraftItem = { key: newKey(), title, kind: 'standing' };
  const last = items.at(-1);
  if (last && last.kind === 'standing' && /^any other business$/i.test(last.title)) return [...items.slice(0, -1), item, last];
  return [...items, item];
}
