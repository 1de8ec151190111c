// The meeting document `meeting.<meetingId>`: only what every attendee may see. The agenda skeleton (case items
// under neutral titles), control and attendance, and the standing items' notes, decisions and actions.
import * as Y from 'yjs';
import type { MeetingState } from './controlEvents.js';
import { asFiniteNumber, asMap, asOneOf, asString, rootArray, rootMap } from './plain.js';
import { SCOPED } from './scoped.js';

/** The layout this code writes; a meeting document without it is migrated by the server when loaded. */
export const LAYOUT_VERSION = 2;

export const MEETING = {
  /** Y.Array<string>: agenda item ids in order. */
  agendaOrder: 'agendaOrder',
  /** Y.Map<Y.Map>: item id → { title, kind, personId?, presenterAgencyId?, timeboxMinutes? }; a case item's title is neutral. */
  agendaItems: 'agendaItems',
  /** Standing items' actions (a case item's are in its case document). */
  actions: SCOPED.actions,
  /** Standing items' decisions (a case item's are in its case document). */
  decisions: SCOPED.decisions,
  /** Y.Map: { currentItemId, state: 'scheduled' | 'running' | 'paused' | 'closed' }. Written by the server. */
  control: 'control',
  /** Y.Map<plain>: user id → { displayName, agencyId, firstSeen, itemIds: string[] }. Written by the server. */
  attendance: 'attendance',
  /** Y.Map: { layoutVersion }. Written by the server. */
  meta: 'meta',
} as const;

export interface AgendaSeed {
  id: string;
  title: string;
  kind: 'case' | 'standing';
  personId?: string;
  presenterAgencyId?: string;
  timeboxMinutes?: number;
}
export type AgendaView = AgendaSeed;

/** The title every attendee sees of a case item: its number among the case items (the real title names the person). */
export function neutralTitle(agenda: readonly { id: string; personId?: string }[], itemId: string): string {
  const cases = agenda.filter((item) => item.personId);
  return `Case ${cases.findIndex((item) => item.id === itemId) + 1}`;
}

/** The agenda as the meeting document shows it: case items under neutral titles. */
export function neutralAgenda(agenda: readonly AgendaSeed[]): AgendaSeed[] {
  return agenda.map((item) => (item.personId ? { ...item, title: neutralTitle(agenda, item.id) } : item));
}

function mapFrom(values: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

export function initMeetingDoc(doc: Y.Doc, agenda: AgendaSeed[]): void {
  doc.transact(() => {
    const order = doc.getArray<string>(MEETING.agendaOrder);
    const items = doc.getMap<Y.Map<unknown>>(MEETING.agendaItems);
    if (order.length === 0 && items.size === 0) {
      for (const item of neutralAgenda(agenda)) items.set(item.id, mapFrom(item));
      order.push(agenda.map((item) => item.id));
    }
    const control = doc.getMap<unknown>(MEETING.control);
    if (!control.has('state')) control.set('state', 'scheduled');
    if (!control.has('currentItemId')) control.set('currentItemId', agenda[0]?.id ?? null);
    const meta = doc.getMap<unknown>(MEETING.meta);
    if (meta.get('layoutVersion') !== LAYOUT_VERSION) meta.set('layoutVersion', LAYOUT_VERSION);
  });
}

export function layoutVersionOf(doc: Y.Doc): number {
  return asFiniteNumber(rootMap(doc, MEETING.meta)?.get('layoutVersion')) ?? 1;
}

/** One agenda item as plain values; a malformed entry still yields an item (kind from its personId). */
function agendaItemFrom(id: string, map: Y.Map<unknown>): AgendaView {
  const personId = asString(map.get('personId'));
  const presenterAgencyId = asString(map.get('presenterAgencyId'));
  const timeboxMinutes = asFiniteNumber(map.get('timeboxMinutes'));
  return {
    id,
    title: asString(map.get('title')) ?? '',
    kind: asOneOf(map.get('kind'), ['case', 'standing'] as const) ?? (personId ? 'case' : 'standing'),
    ...(personId !== undefined ? { personId } : {}),
    ...(presenterAgencyId !== undefined ? { presenterAgencyId } : {}),
    ...(timeboxMinutes !== undefined ? { timeboxMinutes } : {}),
  };
}

export function readAgenda(doc: Y.Doc): AgendaView[] {
  const items = rootMap(doc, MEETING.agendaItems);
  const order = rootArray(doc, MEETING.agendaOrder);
  if (!items || !order) return [];
  return order
    .toArray()
    .filter((id): id is string => typeof id === 'string')
    .flatMap((id) => {
      const map = asMap(items.get(id));
      return map ? [agendaItemFrom(id, map)] : [];
    });
}

/** The meeting document's top-level types, for observing them (an observer of a map sees its own entries only). */
export function meetingRoots(doc: Y.Doc) {
  return {
    agendaOrder: doc.getArray<string>(MEETING.agendaOrder),
    agendaItems: doc.getMap<Y.Map<unknown>>(MEETING.agendaItems),
    control: doc.getMap<unknown>(MEETING.control),
    attendance: doc.getMap<unknown>(MEETING.attendance),
  };
}

/** Moves one agenda item to a new place, in one transaction; an unknown item or place changes nothing. */
export function moveAgendaItem(doc: Y.Doc, itemId: string, toIndex: number): void {
  const order = doc.getArray<string>(MEETING.agendaOrder);
  const from = order.toArray().indexOf(itemId);
  if (from < 0 || toIndex < 0 || toIndex >= order.length || from === toIndex) return;
  doc.transact(() => {
    order.delete(from, 1);
    order.insert(toIndex, [itemId]);
  });
}

const MEETING_STATES = ['scheduled', 'running', 'paused', 'closed'] as const satisfies readonly MeetingState[];

/** What the control map holds (written by the server): the run state, when set, and the current item. */
interface ControlView {
  state: MeetingState | null;
  currentItemId: string | null;
}

export function readControl(doc: Y.Doc): ControlView {
  const control = rootMap(doc, MEETING.control);
  return { state: asOneOf(control?.get('state'), MEETING_STATES) ?? null, currentItemId: asString(control?.get('currentItemId')) ?? null };
}

/** Paused by the chair: only whoever may run the meeting changes anything in it. */
export function isPaused(doc: Y.Doc): boolean {
  return readControl(doc).state === 'paused';
}

/** Sets the run state and/or the current item (server only). */
export function setControl(doc: Y.Doc, changes: Partial<{ state: MeetingState; currentItemId: string }>): void {
  const control = doc.getMap<unknown>(MEETING.control);
  doc.transact(() => {
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) control.set(key, value);
  });
}

/** One attendee's entry of the attendance map (written by the server). */
interface AttendanceEntry {
  displayName: string;
  agencyId: string;
  firstSeen: string;
  itemIds: string[];
}

/** The attendance map, plain and checked (the server writes it; a malformed entry is skipped). */
export function readAttendance(doc: Y.Doc): Record<string, { displayName?: string; agencyId?: string; itemIds: string[] }> {
  const attendance = rootMap(doc, MEETING.attendance);
  const result: Record<string, { displayName?: string; agencyId?: string; itemIds: string[] }> = {};
  for (const [userId, value] of attendance?.entries() ?? []) {
    const entry = value instanceof Y.Map ? (value.toJSON() as Record<string, unknown>) : value;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
    const fields = entry as Record<string, unknown>;
    result[userId] = {
      ...(typeof fields.displayName === 'string' ? { displayName: fields.displayName } : {}),
      ...(typeof fields.agencyId === 'string' ? { agencyId: fields.agencyId } : {}),
      itemIds: Array.isArray(fields.itemIds) ? fields.itemIds.filter((id): id is string => typeof id === 'string') : [],
    };
  }
  return result;
}

/** One attendee's entry as the server wrote it, or undefined (server only: it trusts its own writes). */
export function attendanceOf(doc: Y.Doc, userId: string): AttendanceEntry | undefined {
  return rootMap(doc, MEETING.attendance)?.get(userId) as AttendanceEntry | undefined;
}

/** Writes one attendee's entry (server only). */
export function setAttendance(doc: Y.Doc, userId: string, entry: AttendanceEntry): void {
  doc.getMap<unknown>(MEETING.attendance).set(userId, entry);
}
