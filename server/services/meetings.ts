// Meetings: scheduling, the list and the view each user gets, start. Who may do what is the policy's
// answer; who takes part in which item, guests and allow-lists are in meetingAccess.ts.
import { randomUUID } from 'node:crypto';
import type { Meeting, Panel, PublicUser } from '../../shared/domain/records.js';
import type { MeetingInput, MeetingStatus } from '../../shared/domain/schemas.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { authorize, can } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { DomainEventBus } from './events.js';
import { listPage, type PageRequest } from './records.js';

export interface MeetingFilter {
  status?: MeetingStatus;
  panelId?: string;
  from?: string;
  to?: string;
}

/** Whether a user may see a person: the person service answers (it gathers what the policy needs). */
export type PersonAccessCheck = (user: PublicUser, personId: string) => Promise<unknown>;

export function meetingService(store: Store, events: DomainEventBus, assertCanReadPerson: PersonAccessCheck) {
  const meetings = store.collection('meetings');
  const users = store.collection('users');
  const panels = store.collection('panels');
  const people = store.collection('people');

  async function mustExist(collection: typeof users, id: string, field: string) {
    if (!(await collection.findOne({ _id: id }))) throw new Invalid(`Invalid ${field}: no such record`);
  }

  async function load(id: string): Promise<Meeting> {
    const meeting = await meetings.findOne({ _id: id });
    if (!meeting) throw new NotFound('Meeting');
    return meeting;
  }

  /**
   * A person's restricted sections carry over to their next meeting for the agencies allowed at the last one.
   */
  async function carriedAllowLists(personIds: string[]): Promise<Record<string, string[]>> {
    const allowed: Record<string, string[]> = {};
    for (const personId of personIds) {
      const [previous] = await meetings.find({ status: 'closed', 'agenda.personId': personId }, { sort: { closedAt: -1 }, limit: 1 });
      const list = previous?.restrictedAccess?.[personId];
      if (list) allowed[personId] = list;
    }
    return allowed;
  }

  return {
    load,
    async create(user: PublicUser | null, input: MeetingInput): Promise<Meeting> {
      const panel = await panels.findOne({ _id: input.panelId });
      if (!panel) throw new Invalid('Invalid panelId: no such record');
      if (user) authorize(user, 'panel:plan', { panel });
      await mustExist(users, input.chairId, 'chairId');
      for (const id of input.attendeeIds) await mustExist(users, id, 'attendeeIds');
      const personIds = [...new Set((input.agenda ?? []).flatMap((item) => (item.personId ? [item.personId] : [])))];
      for (const personId of personIds) if (!(await people.findOne({ _id: personId }))) throw new Invalid('Invalid agenda.personId: no such record');
      // Nobody puts a person they do not work with on their panel's agenda (administrators manage panels).
      if (user && user.role !== 'admin') for (const personId of personIds) await assertCanReadPerson(user, personId);
      const meeting: Meeting = {
        _id: randomUUID(),
        panelId: input.panelId,
        title: input.title,
        type: input.type,
        startsAt: input.startsAt,
        chairId: input.chairId,
        attendeeIds: [...new Set([input.chairId, ...input.attendeeIds])],
        status: 'scheduled',
        agenda: (input.agenda ?? []).map((item) => ({ ...item, id: randomUUID() })),
        restrictedAccess: await carriedAllowLists(personIds),
        createdAt: new Date().toISOString(),
      };
      return meetings.insertOne(meeting);
    },
    async getFor(user: PublicUser, id: string): Promise<Meeting> {
      const meeting = await load(id);
      authorize(user, 'meeting:read', { meeting });
      return meeting;
    },
    listFor(user: PublicUser, filter: MeetingFilter, page: PageRequest) {
      const query: Record<string, unknown> = {};
      if (user.role !== 'admin') query.$or = [{ chairId: user._id }, { attendeeIds: user._id }, { 'guests.userId': user._id }];
      if (filter.status) query.status = filter.status;
      if (filter.panelId) query.panelId = filter.panelId;
      if (filter.from || filter.to)
        query.startsAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
      return listPage(meetings, query, page, { startsAt: 1 });
    },
    async update(user: PublicUser, id: string, patch: Partial<Pick<Meeting, 'title' | 'startsAt' | 'attendeeIds'>>) {
      const meeting = await load(id);
      authorize(user, 'meeting:manage', { meeting });
      if (meeting.status === 'closed') throw new Conflict('The meeting is closed');
      for (const attendee of patch.attendeeIds ?? []) await mustExist(users, attendee, 'attendeeIds');
      const set = { ...patch, updatedAt: new Date().toISOString() };
      if (patch.attendeeIds) set.attendeeIds = [...new Set([meeting.chairId, ...patch.attendeeIds])];
      const updated = (await meetings.findOneAndUpdate({ _id: id }, { $set: set }))!;
      if (patch.attendeeIds) events.emit('access:changed', { meetingId: id });
      return updated;
    },
    /** scheduled → live. Returns the meeting as it now is. */
    async start(user: PublicUser, id: string): Promise<Meeting> {
      const meeting = await load(id);
      authorize(user, 'meeting:control', { meeting });
      if (meeting.status === 'live') return meeting;
      // The day it is actually held, which the record states (not the scheduled startsAt).
      const now = new Date().toISOString();
      const started = (await meetings.findOneAndUpdate({ _id: id, status: 'scheduled' }, { $set: { status: 'live', startedAt: now, updatedAt: now } })) ?? (await load(id));
      // Guests' windows depend on the meeting running.
      events.emit('access:changed', { meetingId: id });
      return started;
    },
    /** Whether the user may plan this panel's meetings (for the proposed agenda and scheduling screens). */
    async panelFor(user: PublicUser, panelId: string): Promise<Panel> {
      const panel = await panels.findOne({ _id: panelId });
      if (!panel) throw new NotFound('Panel');
      authorize(user, 'panel:plan', { panel });
      return panel;
    },
    canPlan: (user: PublicUser, panel: Panel) => can(user, 'panel:plan', { panel }),
  };
}
export type MeetingService = ReturnType<typeof meetingService>;
