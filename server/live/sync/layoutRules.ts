// What clients may write into each kind of live document: one table, keyed by document kind, of every
// top-level key, who writes it and the shape (and size) of what it holds. validateUpdate checks updates against it.
import { CASE } from '../../../shared/live/caseDoc.js';
import { CHECK_STATES, DAY_OF_RELEASE, PATHWAY_STATUSES, PATHWAYS, RISK_TEXT_FIELDS } from '../../../shared/live/caseFields.js';
import type { DocKind } from '../../../shared/live/docNames.js';
import { MEETING } from '../../../shared/live/meetingDoc.js';
import { RESTRICTED, RESTRICTED_TEXT_FIELDS } from '../../../shared/live/restrictedDoc.js';
import { notesFragmentName, SCOPED } from '../../../shared/live/scoped.js';
import { LIVE_ACTION_STATUSES } from '../../../shared/domain/actionStatus.js';

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
  | { kind: 'xml'; maxCharsPerUpdate: number }
  /** A place inside a members' key that only the server writes (e.g. risk levels, changed over REST with a reason). */
  | { kind: 'server' };

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
/** A top-level key only the server writes, with the shape of what it writes there. */
const serverWritten = (shape: Shape): RootRule => ({ writers: 'server', shape });

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
    status: oneOf(LIVE_ACTION_STATUSES),
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

/**
 * Actions and decisions: the standing items' in the meeting document, each person's in their case document.
 * Actions are the server's: added, changed and removed only over REST (server/services/liveActions.ts), where the policy
 * (`live-action:change`) and the audit apply; a client writing them is refused. The shape says what the server writes.
 */
const scoped = {
  [SCOPED.actions]: serverWritten({ kind: 'record', entry: action, maxEntries: 2000 }),
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
        // Risk levels change only through POST /api/meetings/:id/people/:personId/risk-levels, which asks for a reason.
        fields: { ...fieldsOf(RISK_TEXT_FIELDS, text(LIMITS.longText)), rosh: { kind: 'server' } },
      }),
      [CASE.pathways]: members({
        kind: 'map',
        fields: fieldsOf(PATHWAYS, { kind: 'map', fields: { status: oneOf(PATHWAY_STATUSES), need: text(LIMITS.longText), plan: text(LIMITS.longText) } }),
      }),
      [CASE.dayOfRelease]: members({
        kind: 'map',
        fields: fieldsOf(DAY_OF_RELEASE, {
          kind: 'map',
          // actionId: the case's action that delivers the item (null when unlinked).
          fields: { state: oneOf(CHECK_STATES), detail: text(LIMITS.longText), actionId: { kind: 'nullable', of: id } },
        }),
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

/** The rules per document kind, for those who control the meeting and for everyone else: built once. */
const RULES = new Map<string, DocRules>();

export function docRules(kind: DocKind, { canControl }: { canControl: boolean }): DocRules {
  const key = `${kind}:${canControl}`;
  let rules = RULES.get(key);
  if (!rules) RULES.set(key, (rules = Object.freeze({ ...TABLE[kind], canControl })));
  return rules;
}

/** The rule of a top-level key; undefined for keys the layout does not have. */
export function rootRule(rules: DocRules, key: string): RootRule | undefined {
  if (Object.hasOwn(rules.roots, key)) return rules.roots[key];
  return rules.prefixed.find(({ prefix }) => key.startsWith(prefix) && key.length > prefix.length)?.rule;
}
