// The layout of Roundtable's live Yjs documents, written once for client and server.
// One Y.Doc per access scope, because a client that holds a doc holds all of it:
//   meeting.<meetingId>                 agenda, notes per item, decisions, actions, control state
//   case.<meetingId>.<personId>          shared risk assessment, release plan, day-of-release checklist
//   restricted.<meetingId>.<personId>    victim safety and restricted intelligence (chosen agencies only)
import * as Y from 'yjs';

export type DocKind = 'meeting' | 'case' | 'restricted';
export interface DocName {
  kind: DocKind;
  meetingId: string;
  personId?: string;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

export function meetingDocName(meetingId: string): string {
  return `meeting.${meetingId}`;
}
export function caseDocName(meetingId: string, personId: string): string {
  return `case.${meetingId}.${personId}`;
}
export function restrictedDocName(meetingId: string, personId: string): string {
  return `restricted.${meetingId}.${personId}`;
}

/** Parses a document name; null for anything that is not one of ours. */
export function parseDocName(name: string): DocName | null {
  const [kind, meetingId, personId, ...rest] = name.split('.');
  if (rest.length > 0 || !meetingId || !ID.test(meetingId)) return null;
  if (kind === 'meeting' && personId === undefined) return { kind, meetingId };
  if ((kind === 'case' || kind === 'restricted') && personId && ID.test(personId)) return { kind, meetingId, personId };
  return null;
}

// ---- Meeting document -------------------------------------------------------------------

export const MEETING = {
  /** Y.Array<string>: agenda item ids in order. */
  agendaOrder: 'agendaOrder',
  /** Y.Map<Y.Map>: item id → { title, kind, personId?, presenterAgencyId?, timeboxMinutes? }. */
  agendaItems: 'agendaItems',
  /** Y.Map<Y.Map>: action id → see ActionFields. */
  actions: 'actions',
  /** Y.Map<Y.Map>: decision id → { itemId, personId?, text: Y.Text, rationale: Y.Text, agencyIds: string[] }. */
  decisions: 'decisions',
  /** Y.Map: { currentItemId, state: 'scheduled' | 'running' | 'paused' | 'closed' }. Written by the server. */
  control: 'control',
  /** Y.Map<plain>: user id → { displayName, agencyId, firstSeen, itemIds: string[] }. Written by the server. */
  attendance: 'attendance',
} as const;

/** Tiptap/ProseMirror notes of one agenda item live in a top-level XmlFragment of this name. */
export function notesFragmentName(itemId: string): string {
  return `notes.${itemId}`;
}

export const PATHWAYS = [
  { key: 'accommodation', label: 'Accommodation' },
  { key: 'ete', label: 'Education, training and employment' },
  { key: 'health', label: 'Health and wellbeing' },
  { key: 'finance', label: 'Finance, benefits and debt' },
  { key: 'family', label: 'Family and relationships' },
  { key: 'substance', label: 'Substance use' },
  { key: 'attitudes', label: 'Thinking and behaviour, attitudes to offending' },
] as const;
export type PathwayKey = (typeof PATHWAYS)[number]['key'];
export const PATHWAY_STATUSES = ['not-assessed', 'no-need', 'need', 'in-hand', 'resolved'] as const;
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];

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
  status: 'open' | 'in-progress' | 'done' | 'blocked';
  createdBy: string;
  createdAt: string;
}

// ---- Case document ----------------------------------------------------------------------

export const RISK_GROUPS = [
  { key: 'public', label: 'Public' },
  { key: 'knownAdult', label: 'Known adult' },
  { key: 'children', label: 'Children' },
  { key: 'staff', label: 'Staff' },
  { key: 'self', label: 'Self' },
] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number]['key'];

/** Free-text fields of the shared risk assessment; each is a Y.Text in the 'risk' map. */
export const RISK_TEXT_FIELDS = [
  { key: 'whoAtRisk', label: 'Who is at risk' },
  { key: 'natureOfRisk', label: 'Nature of the risk' },
  { key: 'imminence', label: 'How imminent' },
  { key: 'staticFactors', label: 'Static factors' },
  { key: 'stableDynamic', label: 'Stable dynamic factors' },
  { key: 'acuteDynamic', label: 'Acute dynamic factors' },
  { key: 'protectiveFactors', label: 'Protective factors' },
  { key: 'licenceConditions', label: 'Licence conditions and rationale' },
  // The MAPPA risk management plan headings (victim safety planning is in the restricted doc).
  { key: 'supervision', label: 'Supervision' },
  { key: 'monitoringControl', label: 'Monitoring and control' },
  { key: 'interventionsTreatment', label: 'Interventions and treatment' },
  { key: 'contingency', label: 'Contingency plan' },
] as const;
export type RiskTextField = (typeof RISK_TEXT_FIELDS)[number]['key'];

export const DAY_OF_RELEASE = [
  { key: 'metAtGate', label: 'Met at the gate' },
  { key: 'firstNightAccommodation', label: 'Accommodation for the first night' },
  { key: 'probationAppointment', label: 'First probation appointment' },
  { key: 'benefitsClaim', label: 'Benefits claim' },
  { key: 'identification', label: 'ID' },
  { key: 'bankAccount', label: 'Bank account' },
  { key: 'gpRegistration', label: 'GP registration' },
  { key: 'medication', label: 'Medication / bridging prescription' },
  { key: 'treatmentAppointment', label: 'Treatment appointment' },
  { key: 'phone', label: 'Phone' },
] as const;
export type DayOfReleaseKey = (typeof DAY_OF_RELEASE)[number]['key'];
export const CHECK_STATES = ['unresolved', 'confirmed', 'not-needed'] as const;
export type CheckState = (typeof CHECK_STATES)[number];

export const CASE = {
  /** Y.Map: RISK_TEXT_FIELDS → Y.Text, plus 'rosh' → Y.Map<RiskGroup, RiskLevel | ''>. */
  risk: 'risk',
  /** Y.Map<Y.Map>: pathway key → { status: PathwayStatus, need: Y.Text, plan: Y.Text }. */
  pathways: 'pathways',
  /** Y.Map<Y.Map>: day-of-release key → { state: CheckState, detail: Y.Text }. */
  dayOfRelease: 'dayOfRelease',
} as const;

export const RESTRICTED = {
  /** Y.Map: 'victimSafety' and 'intelligence' → Y.Text. */
  sections: 'sections',
} as const;
export const RESTRICTED_TEXT_FIELDS = [
  { key: 'victimSafety', label: 'Victim safety planning' },
  { key: 'intelligence', label: 'Restricted intelligence' },
] as const;

// ---- Initial content ---------------------------------------------------------------------
// The server fills a new document once, inside one transaction, so every client sees the same
// nested types (two clients creating the same key concurrently would lose one of them).

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

export function initRestrictedDoc(doc: Y.Doc): void {
  doc.transact(() => {
    const sections = doc.getMap(RESTRICTED.sections);
    for (const { key } of RESTRICTED_TEXT_FIELDS) if (!sections.has(key)) sections.set(key, new Y.Text());
  });
}

export interface AgendaSeed {
  id: string;
  title: string;
  kind: 'case' | 'standing';
  personId?: string;
  presenterAgencyId?: string;
  timeboxMinutes?: number;
}

export function initMeetingDoc(doc: Y.Doc, agenda: AgendaSeed[]): void {
  doc.transact(() => {
    const order = doc.getArray<string>(MEETING.agendaOrder);
    const items = doc.getMap<Y.Map<unknown>>(MEETING.agendaItems);
    if (order.length === 0 && items.size === 0) {
      for (const item of agenda) items.set(item.id, mapFrom(item));
      order.push(agenda.map((item) => item.id));
    }
    const control = doc.getMap<unknown>(MEETING.control);
    if (!control.has('state')) control.set('state', 'scheduled');
    if (!control.has('currentItemId')) control.set('currentItemId', agenda[0]?.id ?? null);
  });
}

function mapFrom(values: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Adds an action to a meeting document in one transaction; the text becomes a Y.Text. */
export function addAction(doc: Y.Doc, fields: ActionFields): void {
  doc.transact(() => {
    const { text, ...rest } = fields;
    const map = mapFrom(rest);
    map.set('text', new Y.Text(text));
    doc.getMap<Y.Map<unknown>>(MEETING.actions).set(fields.id, map);
  });
}

/** Changes plain fields of an action (and its text, replaced whole). False when there is no such action. */
export function updateAction(doc: Y.Doc, id: string, patch: Partial<Omit<ActionFields, 'id' | 'createdBy' | 'createdAt'>>): boolean {
  const map = doc.getMap<Y.Map<unknown>>(MEETING.actions).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'text') {
        const text = map.get('text') as Y.Text;
        text.delete(0, text.length);
        text.insert(0, String(value));
      } else if (value === undefined || value === null) map.delete(key);
      else map.set(key, value);
    }
  });
  return true;
}

// ---- Plain views (for red flags, close and exports) -----------------------------------------

function plain(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map) return Object.fromEntries([...value.entries()].map(([k, v]) => [k, plain(v)]));
  if (value instanceof Y.Array) return value.toArray().map(plain);
  return value;
}

export function readActions(doc: Y.Doc): ActionFields[] {
  return [...doc.getMap<Y.Map<unknown>>(MEETING.actions).values()].map((m) => plain(m) as ActionFields);
}

export type AgendaView = AgendaSeed;
export function readAgenda(doc: Y.Doc): AgendaView[] {
  const items = doc.getMap<Y.Map<unknown>>(MEETING.agendaItems);
  return doc
    .getArray<string>(MEETING.agendaOrder)
    .toArray()
    .filter((id) => items.has(id))
    .map((id) => plain(items.get(id)) as AgendaView);
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
  return [...doc.getMap<Y.Map<unknown>>(MEETING.decisions).entries()].map(([id, m]) => {
    const fields = plain(m) as Partial<DecisionView>;
    return { ...fields, id, text: fields.text ?? '', rationale: fields.rationale ?? '', agencyIds: fields.agencyIds ?? [] };
  });
}

export interface CaseView {
  rosh: Partial<Record<RiskGroup, string>>;
  risk: Partial<Record<RiskTextField, string>>;
  pathways: Partial<Record<PathwayKey, { status: PathwayStatus; need: string; plan: string }>>;
  dayOfRelease: Partial<Record<DayOfReleaseKey, { state: CheckState; detail: string }>>;
}
export function readCase(doc: Y.Doc): CaseView {
  const risk = plain(doc.getMap(CASE.risk)) as Record<string, unknown>;
  const { rosh, ...texts } = risk;
  return {
    rosh: (rosh ?? {}) as CaseView['rosh'],
    risk: texts as CaseView['risk'],
    pathways: plain(doc.getMap(CASE.pathways)) as CaseView['pathways'],
    dayOfRelease: plain(doc.getMap(CASE.dayOfRelease)) as CaseView['dayOfRelease'],
  };
}
