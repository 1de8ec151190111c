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
import { asMap, asOneOf, asString, asText, rootMap } from './plain.js';
import { SCOPED } from './scoped.js';

export const CASE = {
  /** Y.Map: RISK_TEXT_FIELDS → Y.Text, plus 'rosh' → Y.Map<RiskGroup, RiskLevel | ''>. */
  risk: 'risk',
  /** Y.Map<Y.Map>: pathway key → { status: PathwayStatus, need: Y.Text, plan: Y.Text }. */
  pathways: 'pathways',
  /** Y.Map<Y.Map>: day-of-release key → { state: CheckState, detail: Y.Text }. */
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
  dayOfRelease: Partial<Record<DayOfReleaseKey, { state: CheckState; detail: string }>>;
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
    if (entry) view.dayOfRelease[key] = { state: asOneOf(entry.get('state'), CHECK_STATES) ?? 'unresolved', detail: asText(entry.get('detail')) };
  }
  return view;
}
