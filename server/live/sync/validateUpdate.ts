// Checks a client's Yjs update against the document layout before it is applied: known top-level keys
// only, nothing into server-owned (or, for non-chairs, chair-only) types, the right value types, bounded sizes.
// Pure: reads the live document, never changes it.
import * as Y from 'yjs';
import { rootRule, type DocRules, type Shape } from './layoutRules.js';
import { resolveUpdate, type ParentRef, type Placed, type SharedType } from './resolveUpdate.js';

type Content = Y.Item['content'];

export type Validation = { ok: true } | { ok: false; reason: string; transient?: boolean };

type Check = string | null;

const KEY_MAX = 64;
const SERVER_ONLY = 'written by the server only';

function where(parent: ParentRef, key?: string | null): string {
  return [parent.root, ...parent.path, ...(key === undefined ? [] : [key])].map((segment) => segment ?? '[]').join('.');
}

/** The shape of the type at `path` under a top-level shape; anything inside rich text is rich text. */
function shapeAt(shape: Shape, path: (string | null)[]): Shape | undefined {
  let current: Shape | undefined = shape;
  for (const segment of path) {
    if (!current || current.kind === 'xml' || current.kind === 'server') return current;
    if (current.kind === 'map') current = segment !== null && Object.hasOwn(current.fields, segment) ? current.fields[segment] : undefined;
    else if (current.kind === 'record') current = segment !== null ? current.entry : undefined;
    else if (current.kind === 'array') current = segment === null ? current.element : undefined;
    else return undefined;
  }
  return current;
}

function checkPlain(shape: Shape, value: unknown): Check {
  switch (shape.kind) {
    case 'string':
      if (typeof value !== 'string') return 'expected a string';
      if (value.length > shape.max) return `string over ${shape.max} characters`;
      if (shape.values && !shape.values.includes(value)) return 'value not allowed';
      if (shape.pattern && !shape.pattern.test(value)) return 'badly formed value';
      return null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      return value < shape.min || value > shape.max ? 'number out of range' : null;
    case 'nullable':
      return value === null ? null : checkPlain(shape.of, value);
    case 'strings':
      if (!Array.isArray(value) || value.length > shape.maxItems) return 'expected a list of strings';
      return value.every((entry) => typeof entry === 'string' && entry.length <= shape.max) ? null : 'expected a list of strings';
    default:
      return `expected a shared ${shape.kind}`;
  }
}

function isPlain(shape: Shape): boolean {
  return shape.kind === 'string' || shape.kind === 'number' || shape.kind === 'nullable' || shape.kind === 'strings';
}

/** A shared type of the expected kind (Yjs' XML types extend Map and Text, so they are told apart first). */
function checkType(shape: Shape, type: SharedType): Check {
  const ok =
    shape.kind === 'map' || shape.kind === 'record'
      ? type instanceof Y.Map && !(type instanceof Y.XmlHook)
      : shape.kind === 'array'
        ? type instanceof Y.Array
        : shape.kind === 'text'
          ? type instanceof Y.Text && !(type instanceof Y.XmlText)
          : shape.kind === 'xml' && type instanceof Y.XmlFragment;
  return ok ? null : `expected ${isPlain(shape) ? 'a plain value' : `a shared ${shape.kind}`}`;
}

/** The value set under a map key. */
function checkValue(shape: Shape, content: Content): Check {
  if (shape.kind === 'server') return SERVER_ONLY;
  if (content instanceof Y.ContentDeleted) return null;
  if (isPlain(shape)) {
    if (!(content instanceof Y.ContentAny || content instanceof Y.ContentJSON) || content.arr.length !== 1) return 'expected a plain value';
    return checkPlain(shape, content.arr[0]);
  }
  if (!(content instanceof Y.ContentType)) return `expected a shared ${shape.kind}`;
  return checkType(shape, content.type as SharedType);
}

function sizeOf(content: Content): number {
  if (content instanceof Y.ContentString) return content.str.length;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return JSON.stringify(content.arr)?.length ?? 0;
  if (content instanceof Y.ContentFormat) return content.key.length + (JSON.stringify(content.value)?.length ?? 0);
  if (content instanceof Y.ContentEmbed) return JSON.stringify(content.embed)?.length ?? 0;
  if (content instanceof Y.ContentBinary) return content.content.length;
  return 1;
}

/** Entries, elements or characters a type would hold after the update: what it holds now plus what is added. */
class Totals {
  private readonly counts = new Map<unknown, { count: number; max: number; where: string; keys?: Set<string> }>();

  add(parent: ParentRef, max: number, amount: number, key?: string): Check {
    let entry = this.counts.get(parent.ident);
    if (!entry) {
      const existing = parent.existing;
      const count = !existing ? 0 : key !== undefined ? [...existing._map.values()].filter((item) => !item.deleted).length : existing._length;
      entry = { count, max, where: where(parent), keys: key !== undefined ? new Set() : undefined };
      this.counts.set(parent.ident, entry);
    }
    if (key !== undefined) {
      const live = parent.existing?._map.get(key);
      if (entry.keys!.has(key) || (live && !live.deleted)) return null;
      entry.keys!.add(key);
    }
    entry.count += amount;
    return entry.count > entry.max ? `too large: ${entry.where}` : null;
  }
}

function checkInsert(shape: Shape, { item, parent, key }: Placed, totals: Totals): Check {
  const content = item.content;
  if (content instanceof Y.ContentDoc) return 'sub-documents are not allowed';
  switch (shape.kind) {
    case 'server':
      return SERVER_ONLY;
    case 'xml':
      return totals.add({ ...parent, existing: null, ident: `xml:${parent.root}` }, shape.maxCharsPerUpdate, sizeOf(content));
    case 'map':
    case 'record': {
      if (key === null) return 'expected a keyed entry';
      const child = shape.kind === 'map' ? (Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined) : shape.entry;
      if (!child) return 'unknown field';
      if (shape.kind === 'record' && key.length > KEY_MAX) return 'key too long';
      return checkValue(child, content) ?? (shape.kind === 'record' ? totals.add(parent, shape.maxEntries, 1, key) : null);
    }
    case 'array': {
      if (key !== null) return 'expected a list element';
      if (content instanceof Y.ContentDeleted) return null;
      if (content instanceof Y.ContentType) return checkType(shape.element, content.type as SharedType) ?? totals.add(parent, shape.maxLength, 1);
      if (!(content instanceof Y.ContentAny || content instanceof Y.ContentJSON) || !isPlain(shape.element)) return 'expected list values';
      for (const value of content.arr) {
        const problem = checkPlain(shape.element, value);
        if (problem) return problem;
      }
      return totals.add(parent, shape.maxLength, content.arr.length);
    }
    case 'text':
      if (key !== null) return 'expected text';
      if (content instanceof Y.ContentDeleted) return null;
      if (!(content instanceof Y.ContentString)) return 'expected plain text';
      return totals.add(parent, shape.maxLength, content.str.length);
    default:
      return 'cannot write inside a plain value';
  }
}

/** A deletion at or under a place only the server writes (the place itself, or an entry inside it). */
function serverOwnedAt(shape: Shape, path: (string | null)[], key: string | null): boolean {
  const parent = shapeAt(shape, path);
  if (parent?.kind === 'server') return true;
  return parent?.kind === 'map' && key !== null && Object.hasOwn(parent.fields, key) && parent.fields[key].kind === 'server';
}

/** Who may write under a top-level key, whether inserting or deleting. */
function checkWriter(rules: DocRules, parent: ParentRef): string | { shape: Shape } {
  const rule = rootRule(rules, parent.root);
  if (!rule) return 'unknown top-level key';
  if (rule.writers === 'server') return 'written by the server only';
  if (rule.writers === 'controllers' && !rules.canControl) return 'only the chair may change it';
  return { shape: rule.shape };
}

export function validateUpdate(doc: Y.Doc, update: Uint8Array, rules: DocRules): Validation {
  const resolved = resolveUpdate(doc, update);
  if (!resolved.ok) return resolved;
  const totals = new Totals();
  for (const placed of resolved.inserts) {
    const writer = checkWriter(rules, placed.parent);
    if (typeof writer === 'string') return { ok: false, reason: `${writer}: ${placed.parent.root}` };
    const shape = shapeAt(writer.shape, placed.parent.path);
    const problem = shape ? checkInsert(shape, placed, totals) : 'no such place';
    if (problem) return { ok: false, reason: `${problem}: ${where(placed.parent, placed.key)}` };
  }
  for (const placed of resolved.deletions) {
    const writer = checkWriter(rules, placed.parent);
    if (typeof writer === 'string') return { ok: false, reason: `${writer}: ${placed.parent.root}` };
    if (serverOwnedAt(writer.shape, placed.parent.path, placed.key)) return { ok: false, reason: `${SERVER_ONLY}: ${where(placed.parent, placed.key)}` };
  }
  return { ok: true };
}
