import { randomUUID } from 'node:crypto';
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import type { MeetingInput, MeetingStatus } from '../../shared/domain/schemas.js';
import { assertCanSeeMeeting, isMeetingChair } from '../auth/permissions.js';
import type { Store } from '../store/port.js';
import { Conflict, Forbidden, Invalid, NotFound } from './errors.js';
import { listPage, type PageRequest } from './records.js';

export interface MeetingFilter {
  status?: MeetingStatus;
  panelId?: string;
  from?: string;
  to?: string;
}

export function meetingService(store: Store) {
  const meetings = store.collection<Meeting>('meetings');
  const users = store.collection<{ _id: string }>('users');
  const panels = store.collection<{ _id: string }>('panels');
  const people = store.collection<{ _id: string }>('people');

  async function mustExist(collection: typeof users, id: string, field: string) {
    if (!(await collection.findOne({ _id: id }))) throw new Invalid(`Invalid ${field}: no such record`);
  }

  async function load(id: string): Promise<Meeting> {
    const meeting = await meetings.findOne({ _id: id });
    if (!meeting) throw new NotFound('Meeting');
    return meeting;
  }

  return {
    load,
    async create(input: MeetingInput): Promise<Meeting> {
      await mustExist(panels, input.panelId, 'panelId');
      await mustExist(users, input.chairId, 'chairId');
      for (const id of input.attendeeIds) await mustExist(users, id, 'attendeeIds');
      for (const item of input.agenda ?? []) if (item.personId) await mustExist(people, item.personId, 'agenda.personId');
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
        createdAt: new Date().toISOString(),
      };
      return meetings.insertOne(meeting);
    },
    async getFor(user: PublicUser, id: string): Promise<Meeting> {
      const meeting = await load(id);
      assertCanSeeMeeting(user, meeting);
      return meeting;
    },
    listFor(user: PublicUser, filter: MeetingFilter, page: PageRequest) {
      const query: Record<string, unknown> = {};
      if (user.role !== 'admin') query.$or = [{ chairId: user._id }, { attendeeIds: user._id }];
      if (filter.status) query.status = filter.status;
      if (filter.panelId) query.panelId = filter.panelId;
      if (filter.from || filter.to)
        query.startsAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
      return listPage(meetings, query, page, { startsAt: 1 });
    },
    async update(user: PublicUser, id: string, patch: Partial<Pick<Meeting, 'title' | 'startsAt' | 'attendeeIds'>>) {
      const meeting = await load(id);
      if (!isMeetingChair(user, meeting)) throw new Forbidden('Only the chair can change the meeting');
      if (meeting.status === 'closed') throw new Conflict('The meeting is closed');
      for (const attendee of patch.attendeeIds ?? []) await mustExist(users, attendee, 'attendeeIds');
      const set = { ...patch, updatedAt: new Date().toISOString() };
      if (patch.attendeeIds) set.attendeeIds = [...new Set([meeting.chairId, ...patch.attendeeIds])];
      return (await meetings.findOneAndUpdate({ _id: id }, { $set: set }))!;
    },
    /** scheduled → live. Returns the meeting as it now is. */
    async start(user: PublicUser, id: string): Promise<Meeting> {
      const meeting = await load(id);
      if (!isMeetingChair(user, meeting)) throw new Forbidden('Only the chair can start the meeting');
      if (meeting.status === 'closed') throw new Conflict('The meeting is closed');
      if (meeting.status === 'live') return meeting;
      return (await meetings.findOneAndUpdate({ _id: id, status: 'scheduled' }, { $set: { status: 'live', updatedAt: new Date().toISOString() } })) ?? load(id);
    },
  };
}
export type MeetingService = ReturnType<typeof meetingService>;
