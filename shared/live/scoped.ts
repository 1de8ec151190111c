// What both the meeting document (standing items) and each case document (that person's items) hold:
// actions, decisions and the notes of each item. Same keys and shapes in both, so one set of helpers serves.
import * as Y from 'yjs';
import { PATHWAYS, type PathwayKey } from './caseFields.js';
import { asFiniteNumber, asMap, asOneOf, asString, asStrings, asText, mapEntries, rootMap } from './plain.js';

export const SCOPED = {
  /** Y.Map<Y.Map>: action id → see ActionFields (text is a Y.Text). */
  actions: 'actions',
  /** Y.Map<Y.Map>: decision id → { itemId, personId?, text: Y.Text, rationale: Y.Text, agencyIds: string[], createdAt }. */
  decisions: 'decisions',
} as const;

/** Tiptap/ProseMirror notes of one agenda item live in a top-level XmlFragment of this name. */
export function notesFragmentName(itemId: string): string {
  return `notes.${itemId}`;
}

export const LIVE_ACTION_STATES = ['open', 'in-progress', 'done', 'blocked'] as const;

/** Plain values of an action as stored in its Y.Map (text is a Y.Text in the doc). */
export interface ActionFields {
  id: string;
  text: string;
  agencyId: string;
  owner?: string;
  /** Absolute due date (YYYY-MM-DD) … */
  dueDate?: string | null;
  /** … or days relative to the person's release: negative before, positive after. */
  dueRelativeDays?: number | null;
  personId?: string;
  pathway?: PathwayKey;
  itemId?: string;
  status: (typeof LIVE_ACTION_STATES)[number];
  createdBy: string;
  createdAt: string;
}

function mapFrom(values: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Adds an action to a document (meeting or case) in one transaction; the text becomes a Y.Text. */
export function addAction(doc: Y.Doc, fields: ActionFields): void {
  doc.transact(() => {
    const { text, ...rest } = fields;
    const map = mapFrom(rest);
    map.set('text', new Y.Text(text));
    doc.getMap<Y.Map<unknown>>(SCOPED.actions).set(fields.id, map);
  });
}

export function hasAction(doc: Y.Doc, id: string): boolean {
  return !!asMap(rootMap(doc, SCOPED.actions)?.get(id));
}

/** Changes plain fields of an action (and its text, replaced whole). False when there is no such action. */
export function updateAction(doc: Y.Doc, id: string, patch: Partial<Omit<ActionFields, 'id' | 'createdBy' | 'createdAt'>>): boolean {
  const map = asMap(rootMap(doc, SCOPED.actions)?.get(id));
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'text') {
        const text = map.get('text');
        if (text instanceof Y.Text) {
          text.delete(0, text.length);
          text.insert(0, String(value));
        } else map.set('text', new Y.Text(String(value)));
      } else if (value === undefined || value === null) map.delete(key);
      else map.set(key, value);
    }
  });
  return true;
}

const PATHWAY_KEYS = PATHWAYS.map((p) => p.key);

/** One action as plain values; whatever a client wrote, the result has the declared types. */
export function actionFrom(id: string, map: Y.Map<unknown>): ActionFields {
  const dueDate = map.get('dueDate');
  const relative = asFiniteNumber(map.get('dueRelativeDays'));
  const optional = {
    owner: asString(map.get('owner')),
    dueDate: typeof dueDate === 'string' ? dueDate : dueDate === null ? null : undefined,
    dueRelativeDays: relative !== undefined && Number.isInteger(relative) ? relative : undefined,
    personId: asString(map.get('personId')),
    pathway: asOneOf(map.get('pathway'), PATHWAY_KEYS),
    itemId: asString(map.get('itemId')),
  };
  return {
    id,
    text: asText(map.get('text')),
    agencyId: asString(map.get('agencyId')) ?? '',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    status: asOneOf(map.get('status'), LIVE_ACTION_STATES) ?? 'open',
    createdBy: asString(map.get('createdBy')) ?? '',
    createdAt: asString(map.get('createdAt')) ?? '',
  };
}

export function readActions(doc: Y.Doc): ActionFields[] {
  return mapEntries(doc, SCOPED.actions).map(([id, map]) => actionFrom(id, map));
}

export interface DecisionView {
  id: string;
  itemId?: string;
  personId?: string;
  text: string;
  rationale: string;
  agencyIds: string[];
}

export function readDecisions(doc: Y.Doc): DecisionView[] {
  return mapEntries(doc, SCOPED.decisions).map(([id, map]) => {
    const itemId = asString(map.get('itemId'));
    const personId = asString(map.get('personId'));
    return {
      id,
      ...(itemId !== undefined ? { itemId } : {}),
      ...(personId !== undefined ? { personId } : {}),
      text: asText(map.get('text')),
      rationale: asText(map.get('rationale')),
      agencyIds: asStrings(map.get('agencyIds')),
    };
  });
}
