// What both the meeting document (standing items) and each case document (that person's items) hold:
// live actions, decisions and the notes of each item. Same keys and shapes in both, so one set of helpers serves.
import * as Y from 'yjs';
import type { LiveAction } from '../domain/actions.js';
import { PATHWAYS } from './caseFields.js';
import { asFiniteNumber, asMap, asOneOf, asString, asStrings, asText, mapEntries, rootMap } from './plain.js';
import { LIVE_ACTION_STATUSES } from '../domain/actionStatus.js';

export const SCOPED = {
  /** Y.Map<Y.Map>: live action id → see LiveAction in shared/domain/actions.ts (text is a Y.Text). */
  actions: 'actions',
  /** Y.Map<Y.Map>: decision id → { itemId, personId?, text: Y.Text, rationale: Y.Text, agencyIds: string[], createdAt }. */
  decisions: 'decisions',
} as const;

const NOTES_PREFIX = 'notes.';

/** Tiptap/ProseMirror notes of one agenda item live in a top-level XmlFragment of this name. */
export function notesFragmentName(itemId: string): string {
  return `${NOTES_PREFIX}${itemId}`;
}

export function isNotesFragmentName(name: string): boolean {
  return name.startsWith(NOTES_PREFIX);
}

/** The notes fragments a document holds. */
export function notesFragmentNames(doc: Y.Doc): string[] {
  return [...doc.share.keys()].filter(isNotesFragmentName);
}

/** The live actions and decisions of a document (meeting or case), for observing them. */
export function scopedRoots(doc: Y.Doc) {
  return { actions: doc.getMap<Y.Map<unknown>>(SCOPED.actions), decisions: doc.getMap<Y.Map<unknown>>(SCOPED.decisions) };
}

function mapFrom(values: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Adds an action to a document (meeting or case) in one transaction; the text becomes a Y.Text. */
export function addLiveAction(doc: Y.Doc, fields: LiveAction): void {
  doc.transact(() => {
    const { text, ...rest } = fields;
    const map = mapFrom(rest);
    map.set('text', new Y.Text(text));
    doc.getMap<Y.Map<unknown>>(SCOPED.actions).set(fields.id, map);
  });
}

export function hasLiveAction(doc: Y.Doc, id: string): boolean {
  return !!asMap(rootMap(doc, SCOPED.actions)?.get(id));
}

export type LiveActionChanges = { [K in keyof Omit<LiveAction, 'id' | 'createdBy' | 'createdAt'>]?: LiveAction[K] | null };

/** Changes plain fields of an action (and its text, replaced whole); null or undefined removes a field. False when there is no such action. */
export function updateLiveAction(doc: Y.Doc, id: string, patch: LiveActionChanges): boolean {
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
export function liveActionFrom(id: string, map: Y.Map<unknown>): LiveAction {
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
    status: asOneOf(map.get('status'), LIVE_ACTION_STATUSES) ?? 'open',
    createdBy: asString(map.get('createdBy')) ?? '',
    createdAt: asString(map.get('createdAt')) ?? '',
  };
}

export function readLiveActions(doc: Y.Doc): LiveAction[] {
  return mapEntries(doc, SCOPED.actions).map(([id, map]) => liveActionFrom(id, map));
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

/** Removes an action from a document (meeting or case). False when there is no such action. */
export function removeLiveAction(doc: Y.Doc, id: string): boolean {
  const actions = rootMap(doc, SCOPED.actions);
  if (!asMap(actions?.get(id))) return false;
  doc.transact(() => actions!.delete(id));
  return true;
}

/** What a decision is recorded with: what was decided, why, the agencies it binds and who recorded it. */
interface DecisionContent {
  text?: string;
  rationale?: string;
  agencyIds?: string[];
  /** The user who records it. */
  createdBy?: string;
}

/**
 * Records a decision in one transaction under the item (in its case document, or the meeting document for a standing
 * item); its text and rationale stay Y.Texts that everyone can go on editing.
 */
export function addDecision(doc: Y.Doc, id: string, itemId: string, personId: string | undefined, content: DecisionContent = {}): void {
  doc.transact(() => {
    const decision = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>(SCOPED.decisions).set(id, decision);
    decision.set('itemId', itemId);
    if (personId) decision.set('personId', personId);
    decision.set('text', new Y.Text(content.text ?? ''));
    decision.set('rationale', new Y.Text(content.rationale ?? ''));
    decision.set('agencyIds', content.agencyIds ?? []);
    if (content.createdBy) decision.set('createdBy', content.createdBy);
    decision.set('createdAt', new Date().toISOString());
  });
}

/** A decision for editing: its shared texts (bound to editors), the agencies it binds, where and when it was recorded. */
interface LiveDecision {
  id: string;
  /** The decision's map, for observing it. */
  map: Y.Map<unknown>;
  itemId?: string;
  createdAt: string;
  text: Y.Text | undefined;
  rationale: Y.Text | undefined;
  agencyIds: string[];
}

export function liveDecision(id: string, map: Y.Map<unknown>): LiveDecision {
  const text = map.get('text');
  const rationale = map.get('rationale');
  const itemId = asString(map.get('itemId'));
  return {
    id,
    map,
    ...(itemId !== undefined ? { itemId } : {}),
    createdAt: asString(map.get('createdAt')) ?? '',
    text: text instanceof Y.Text ? text : undefined,
    rationale: rationale instanceof Y.Text ? rationale : undefined,
    agencyIds: asStrings(map.get('agencyIds')),
  };
}

/** The decisions recorded under one item, oldest first. */
export function decisionsOfItem(doc: Y.Doc, itemId: string): LiveDecision[] {
  return mapEntries(doc, SCOPED.decisions)
    .map(([id, map]) => liveDecision(id, map))
    .filter((decision) => decision.itemId === itemId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Sets the agencies a decision binds (last choice wins). */
export function setDecisionAgencies(decision: LiveDecision, agencyIds: string[]): void {
  decision.map.set('agencyIds', agencyIds);
}

/** A decision with nothing decided: no text and no rationale (the agencies it binds do not count). */
export function isEmptyDecision(decision: Pick<DecisionView, 'text' | 'rationale'>): boolean {
  return decision.text.trim() === '' && decision.rationale.trim() === '';
}

/** Removes a decision from a document. False when there is no such decision. */
export function removeDecision(doc: Y.Doc, id: string): boolean {
  const decisions = rootMap(doc, SCOPED.decisions);
  if (!asMap(decisions?.get(id))) return false;
  doc.transact(() => decisions!.delete(id));
  return true;
}
