// Defensive reading of what clients wrote: a value of the wrong type is coerced or skipped, never thrown,
// so red flags, the close and the exports work whatever a client put in a document.
import * as Y from 'yjs';

/** Y.Text or a plain string as text; anything else as ''. */
export function asText(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asOneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function asStrings(value: unknown): string[] {
  const items = value instanceof Y.Array ? (value.toArray() as unknown[]) : Array.isArray(value) ? (value as unknown[]) : [];
  return items.filter((item): item is string => typeof item === 'string');
}

export function asFiniteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A nested Y.Map, or null when the entry is anything else. */
export function asMap(value: unknown): Y.Map<unknown> | null {
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** One plain value in a Y.Map (a status, a state, a link): last write wins. */
export interface PlainField {
  map: Y.Map<unknown>;
  key: string;
}

/** The field's value as a string ('' when absent or not a string). */
export function plainString(field: PlainField | undefined): string {
  const value = field?.map.get(field.key);
  return typeof value === 'string' ? value : '';
}

/** A top-level type, or null when the name is already used by a type of another kind. */
export function rootMap(doc: Y.Doc, name: string): Y.Map<unknown> | null {
  try {
    return doc.getMap<unknown>(name);
  } catch {
    return null;
  }
}

export function rootArray(doc: Y.Doc, name: string): Y.Array<unknown> | null {
  try {
    return doc.getArray<unknown>(name);
  } catch {
    return null;
  }
}

export function rootFragment(doc: Y.Doc, name: string): Y.XmlFragment | null {
  try {
    return doc.getXmlFragment(name);
  } catch {
    return null;
  }
}

/** Entries of a top-level map whose values are Y.Maps (anything else is skipped). */
export function mapEntries(doc: Y.Doc, name: string): [string, Y.Map<unknown>][] {
  const root = rootMap(doc, name);
  if (!root) return [];
  const entries: [string, Y.Map<unknown>][] = [];
  for (const [key, value] of root.entries()) {
    const map = asMap(value);
    if (map) entries.push([key, map]);
  }
  return entries;
}

/** A plain JSON view of any value (for server-written maps); never throws. */
export function plain(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map) return Object.fromEntries([...value.entries()].map(([k, v]) => [k, plain(v)]));
  if (value instanceof Y.Array) return value.toArray().map(plain);
  if (value instanceof Y.AbstractType) return null;
  return value;
}
