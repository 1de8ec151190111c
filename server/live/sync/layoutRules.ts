// What clients may write into each kind of live document: one table, keyed by document kind, of every
// top-level key, who writes it and the shape (and size) of what it holds. validateUpdate checks updates against it.
import { RISK_LEVELS } from '../../../shared/domain/schemas.js';
import {
  CASE,
  CHECK_STATES,
  DAY_OF_RELEASE,
  LIVE_ACTION_STATES,
  MEETING,
  notesFragmentName,
  PATHWAY_STATUSES,
  PATHWAYS,
  RESTRICTED,
  RESTRICTED_TEXT_FIELDS,
  RISK_GROUPS,
  RISK_TEXT_FIELDS,
  SCOPED,
  type DocKind,
} from '../../../shared/live/layout.js';

/** The shape of one place in a document. Plain kinds are values set in a map or pushed into an array. */
export type Shape =
  | { kind: 'string'; max: number; values?: readonly string[]; pattern?: RegExp }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'nullable'; of: Shape }
  /** A plain array of strings stored as one value (e.g. a decision's agencyIds). */
  | { kind: 'strings'; maxItems: number; max: number }
  /** A Y.Map with known keys. */
  | { kind: 'map'; fields: Readonly<Record<string, Shape>> }
  /** A Y.Map from ids to entries of one shape. */
  | { kind: 'record'; entry: Shape; maxEntries: number }
  | { kind: 'array'; element: Shape; maxLength: number }
  | { kind: 'text'; maxLength: number }
  /** A Y.XmlFragment of rich text: any structure inside, bounded in what one update adds. */
  | { kind: 'xml'; maxCharsPerUpdate: number };

/** Who may write a top-level key: every writer, only those who control the meeting (chair, admin), or the server. */
export type Writers = 'members' | 'controllers' | 'server';

export interface RootRule {
  writers: Writers;
  shape: Shape;
}

export interface DocRules {
  kind: DocKind;
  roots: Readonly<Record<string, RootRule>>;
  /** Families of top-level keys, such as notes.<itemId>. */
  prefixed: readonly { prefix: string; rule: RootRule }[];
  /** This connection may control the meeting (agenda order and items). */
  canControl: boolean;
}

export const LIMITS = { id: 64, shortString: 300, plainString: 10_000, shortText: 10_000, longText: 50_000, notesPerUpdate: 100_000 };

const id: Shape = { kind: 'string', max: LIMITS.id };
const short: Shape = { kind: 'string', max: LIMITS.shortString };
const oneOf = (values: readonly string[]): Shape => ({ kind: 'string', max: LIMITS.id, values });
const text = (maxLength: number): Shape => ({ kind: 'text', maxLength });
const fieldsOf = (keys: readonly { key: string }[], shape: Shape) => Object.fromEntries(keys.map(({ key }) => [key, shape]));
const serverOwned: RootRule = { writers: 'server', shape: { kind: 'map', fields: {} } };
const members = (shape: Shape): RootRule => ({ writers: 'members', shape });

const action: Shape = {
  kind: 'map',
  fields: {
    id,
    text: text(LIMITS.shortText),
    agencyId: id,
    owner: short,
    dueDate: { kind: 'nullable', of: { kind: 'string', max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/ } },
    dueRelativeDays: { kind: 'nullable', of: { kind: 'number', min: -3650, max: 3650 } },
    personId: id,
    pathway: oneOf(PATHWAYS.map((p) => p.key)),
    itemId: id,
    status: oneOf(LIVE_ACTION_STATES),
    createdBy: id,
    createdAt: id,
  },
};

const decision: Shape = {
  kind: 'map',
  fields: { itemId: id, personId: id, text: text(LIMITS.shortText), rationale: text(LIMITS.shortText), agencyIds: { kind: 'strings', maxItems: 100, max: LIMITS.id }, createdBy: id, createdAt: id },
};

const agendaItem: Shape = {
  kind: 'map',
  fields: { id, title: short, kind: oneOf(['case', 'standing']), personId: id, presenterAgencyId: id, timeboxMinutes: { kind: 'number', min: 0, max: 600 } },
};

/** Actions and decisions: the standing items' in the meeting document, each person's in their case document. */
const scoped = {
  [SCOPED.actions]: members({ kind: 'record', entry: action, maxEntries: 2000 }),
  [SCOPED.decisions]: members({ kind: 'record', entry: decision, maxEntries: 2000 }),
};
const notes = [{ prefix: notesFragmentName(''), rule: members({ kind: 'xml', maxCharsPerUpdate: LIMITS.notesPerUpdate }) }];

const TABLE: Record<DocKind, Omit<DocRules, 'canControl'>> = {
  meeting: {
    kind: 'meeting',
    roots: {
      [MEETING.agendaOrder]: { writers: 'controllers', shape: { kind: 'array', element: id, maxLength: 500 } },
      [MEETING.agendaItems]: { writers: 'controllers', shape: { kind: 'record', entry: agendaItem, maxEntries: 500 } },
      ...scoped,
      [MEETING.control]: serverOwned,
      [MEETING.attendance]: serverOwned,
      [MEETING.meta]: serverOwned,
    },
    prefixed: notes,
  },
  case: {
    kind: 'case',
    roots: {
      [CASE.risk]: members({
        kind: 'map',
        fields: { ...fieldsOf(RISK_TEXT_FIELDS, text(LIMITS.longText)), rosh: { kind: 'map', fields: fieldsOf(RISK_GROUPS, oneOf(['', ...RISK_LEVELS])) } },
      }),
      [CASE.pathways]: members({
        kind: 'map',
        fields: fieldsOf(PATHWAYS, { kind: 'map', fields: { status: oneOf(PATHWAY_STATUSES), need: text(LIMITS.longText), plan: text(LIMITS.longText) } }),
      }),
      [CASE.dayOfRelease]: members({
        kind: 'map',
        fields: fieldsOf(DAY_OF_RELEASE, { kind: 'map', fields: { state: oneOf(CHECK_STATES), detail: text(LIMITS.longText) } }),
      }),
      ...scoped,
      [CASE.item]: serverOwned,
      [CASE.meta]: serverOwned,
    },
    prefixed: notes,
  },
  restricted: {
    kind: 'restricted',
    roots: {
      [RESTRICTED.sections]: members({ kind: 'map', fields: fieldsOf(RESTRICTED_TEXT_FIELDS, text(LIMITS.longText)) }),
      meta: serverOwned,
    },
    prefixed: [],
  },
};

export function docRules(kind: DocKind, { canControl }: { canControl: boolean }): DocRules {
  return { ...TABLE[kind], canControl };
}

/** The rule of a top-level key; undefined for keys the layout does not have. */
export function rootRule(rules: DocRules, key: string): RootRule | undefined {
  if (Object.hasOwn(rules.roots, key)) return rules.roots[key];
  return rules.prefixed.find(({ prefix }) => key.startsWith(prefix) && key.length > prefix.length)?.rule;
}
