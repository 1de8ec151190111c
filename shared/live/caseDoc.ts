// The case document `case.<meetingId>.<personId>`: everything about one person in one meeting. The shared risk
// assessment, release plan and day-of-release checklist, that person's items' notes, decisions and actions, and
// the items' real titles.
import * as Y from 'yjs';
import {
  CHECK_STATES,
  DAY_OF_RELEASE,
  PATHWAY_STATUSES,
  PATHWAYS,
  RISK_GROUPS,
  RISK_TEXT_FIELDS,
  type CheckState,
  type DayOfReleaseKey,
  type PathwayKey,
  type PathwayStatus,
  type RiskGroup,
  type RiskTextField,
} from './caseFields.js';
import { asMap, asOneOf, asString, asText, rootFragment, rootMap, type PlainField } from './plain.js';
import { LAYOUT_VERSION } from './meetingDoc.js';
import { isNotesFragmentName, SCOPED } from './scoped.js';

export const CASE = {
  /** Y.Map: RISK_TEXT_FIELDS → Y.Text, plus 'rosh' → Y.Map<RiskGroup, RiskLevel | ''>. */
  risk: 'risk',
  /** Y.Map<Y.Map>: pathway key → { status: PathwayStatus, need: Y.Text, plan: Y.Text }. */
  pathways: 'pathways',
  /** Y.Map<Y.Map>: day-of-release key → { state: CheckState, detail: Y.Text, actionId?: id of the action that delivers it, or null }. */
  dayOfRelease: 'dayOfRelease',
  /** This person's actions in this meeting (same shape as the meeting document's). */
  actions: SCOPED.actions,
  /** This person's decisions in this meeting (same shape as the meeting document's). */
  decisions: SCOPED.decisions,
  /** Y.Map<string>: item id → real title of each of this person's agenda items. Written by the server. */
  item: 'item',
  /** Y.Map: { layoutVersion }. Written by the server. */
  meta: 'meta',
} as const;

export function initCaseDoc(doc: Y.Doc): void {
  doc.transact(() => {
    const risk = doc.getMap(CASE.risk);
    for (const { key } of RISK_TEXT_FIELDS) if (!risk.has(key)) risk.set(key, new Y.Text());
    if (!risk.has('rosh')) {
      const rosh = new Y.Map<string>();
      risk.set('rosh', rosh);
      for (const { key } of RISK_GROUPS) rosh.set(key, '');
    }
    const pathways = doc.getMap<Y.Map<unknown>>(CASE.pathways);
    for (const { key } of PATHWAYS) {
      if (pathways.has(key)) continue;
      const entry = new Y.Map<unknown>();
      pathways.set(key, entry);
      entry.set('status', 'not-assessed');
      entry.set('need', new Y.Text());
      entry.set('plan', new Y.Text());
    }
    const checklist = doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease);
    for (const { key } of DAY_OF_RELEASE) {
      if (checklist.has(key)) continue;
      const entry = new Y.Map<unknown>();
      checklist.set(key, entry);
      entry.set('state', 'unresolved');
      entry.set('detail', new Y.Text());
    }
  });
}

/** Sets one day-of-release item's state (server only: a check recorded between meetings reaching a case document). */
export function setChecklistState(doc: Y.Doc, key: DayOfReleaseKey, state: CheckState): void {
  const entry = doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease).get(key);
  if (entry instanceof Y.Map && entry.get('state') !== state) entry.set('state', state);
}

/** Writes the real titles of the person's items (server only); unchanged titles are not rewritten. */
export function setItemTitles(doc: Y.Doc, titles: Record<string, string>): void {
  doc.transact(() => {
    const item = doc.getMap<unknown>(CASE.item);
    for (const [id, title] of Object.entries(titles)) if (item.get(id) !== title) item.set(id, title);
  });
}

/** item id → real title, as the case document holds them. */
export function readItemTitles(doc: Y.Doc): Record<string, string> {
  const item = rootMap(doc, CASE.item);
  const titles: Record<string, string> = {};
  for (const [id, title] of item?.entries() ?? []) if (typeof title === 'string') titles[id] = title;
  return titles;
}

export interface CaseView {
  rosh: Partial<Record<RiskGroup, string>>;
  risk: Partial<Record<RiskTextField, string>>;
  pathways: Partial<Record<PathwayKey, { status: PathwayStatus; need: string; plan: string }>>;
  dayOfRelease: Partial<Record<DayOfReleaseKey, { state: CheckState; detail: string; actionId?: string }>>;
}

export function readCase(doc: Y.Doc): CaseView {
  const risk = rootMap(doc, CASE.risk);
  const rosh = asMap(risk?.get('rosh'));
  const pathways = rootMap(doc, CASE.pathways);
  const checklist = rootMap(doc, CASE.dayOfRelease);
  const view: CaseView = { rosh: {}, risk: {}, pathways: {}, dayOfRelease: {} };
  for (const { key } of RISK_GROUPS) {
    const level = asString(rosh?.get(key));
    if (level !== undefined) view.rosh[key] = level;
  }
  for (const { key } of RISK_TEXT_FIELDS) if (risk?.has(key)) view.risk[key] = asText(risk.get(key));
  for (const { key } of PATHWAYS) {
    const entry = asMap(pathways?.get(key));
    if (entry)
      view.pathways[key] = { status: asOneOf(entry.get('status'), PATHWAY_STATUSES) ?? 'not-assessed', need: asText(entry.get('need')), plan: asText(entry.get('plan')) };
  }
  for (const { key } of DAY_OF_RELEASE) {
    const entry = asMap(checklist?.get(key));
    if (!entry) continue;
    const actionId = asString(entry.get('actionId'));
    view.dayOfRelease[key] = { state: asOneOf(entry.get('state'), CHECK_STATES) ?? 'unresolved', detail: asText(entry.get('detail')), ...(actionId ? { actionId } : {}) };
  }
  return view;
}

/** The case document's top-level types, for observing them (an observer of a map sees its own entries only). */
export function caseRoots(doc: Y.Doc) {
  return {
    risk: doc.getMap<unknown>(CASE.risk),
    pathways: doc.getMap<Y.Map<unknown>>(CASE.pathways),
    dayOfRelease: doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease),
    actions: doc.getMap<Y.Map<unknown>>(CASE.actions),
    item: doc.getMap<unknown>(CASE.item),
  };
}

/** One free-text field of the risk assessment, once the server's initial content has arrived. */
export function riskText(doc: Y.Doc, key: RiskTextField): Y.Text | undefined {
  const text = rootMap(doc, CASE.risk)?.get(key);
  return text instanceof Y.Text ? text : undefined;
}

/** The risk of serious harm levels (group → level, '' when not assessed), for observing; the server writes them. */
export function roshLevels(doc: Y.Doc): Y.Map<unknown> | undefined {
  return asMap(rootMap(doc, CASE.risk)?.get('rosh')) ?? undefined;
}

/** Sets one group's level (server only), creating the levels of an older document; returns the level before. */
export function setRoshLevel(doc: Y.Doc, group: RiskGroup, level: string): string {
  const risk = doc.getMap<unknown>(CASE.risk);
  let rosh = roshLevels(doc);
  if (!rosh) {
    rosh = new Y.Map<unknown>();
    risk.set('rosh', rosh);
  }
  const before = rosh.get(group);
  if (before !== level) rosh.set(group, level);
  return typeof before === 'string' ? before : '';
}

const textOf = (map: Y.Map<unknown>, key: string) => {
  const value = map.get(key);
  return value instanceof Y.Text ? value : undefined;
};

/** One pathway of the release plan: its status (a plain value, last choice wins), its need and its plan. */
export interface PathwayEntry {
  map: Y.Map<unknown>;
  status: PlainField;
  need: Y.Text | undefined;
  plan: Y.Text | undefined;
}

export function pathwayEntry(doc: Y.Doc, key: PathwayKey): PathwayEntry | undefined {
  const map = asMap(rootMap(doc, CASE.pathways)?.get(key));
  return map ? { map, status: { map, key: 'status' }, need: textOf(map, 'need'), plan: textOf(map, 'plan') } : undefined;
}

/** One item of the day-of-release checklist: its state, its detail and the action that delivers it. */
export interface ChecklistEntry {
  map: Y.Map<unknown>;
  state: PlainField;
  detail: Y.Text | undefined;
  /** The id of the linked action (of this meeting or an earlier one), or null. */
  actionId: PlainField;
}

export function checklistEntry(doc: Y.Doc, key: DayOfReleaseKey): ChecklistEntry | undefined {
  const map = asMap(rootMap(doc, CASE.dayOfRelease)?.get(key));
  return map ? { map, state: { map, key: 'state' }, detail: textOf(map, 'detail'), actionId: { map, key: 'actionId' } } : undefined;
}

/** Marks a case document as written in the current layout (server only). */
export function setCaseLayoutVersion(doc: Y.Doc): void {
  const meta = doc.getMap<unknown>(CASE.meta);
  if (meta.get('layoutVersion') !== LAYOUT_VERSION) meta.set('layoutVersion', LAYOUT_VERSION);
}

/** What carries into a person's case document of a later meeting: the shared assessment. */
const CARRIED_ROOTS = new Set<string>([CASE.risk, CASE.pathways, CASE.dayOfRelease]);

/** Empties everything but the shared assessment: the earlier meeting's items, notes, decisions and actions stay in its record. */
export function keepOnlyAssessment(doc: Y.Doc): void {
  doc.transact(() => {
    for (const key of [...doc.share.keys()]) {
      if (CARRIED_ROOTS.has(key)) continue;
      if (isNotesFragmentName(key)) {
        const notes = rootFragment(doc, key);
        notes?.delete(0, notes.length);
      } else {
        const map = rootMap(doc, key);
        for (const mapKey of [...(map?.keys() ?? [])]) map!.delete(mapKey);
      }
    }
  });
}
