// Who takes part in what inside one meeting: per-item agencies ("leave the room"), guests invited for
// named items, and each person's restricted-section allow-list with requests the chair grants or refuses.
// Every change is audited as a grant or revocation and re-checked at once on the live channels.
import { randomUUID } from 'node:crypto';
import type { RestrictedStatus } from '../../shared/api/meetingAccess.js';
import type { AccessRequest, GuestInvite, Meeting, PublicUser } from '../../shared/domain/records.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { authorize, can, caseItemIds } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import type { DomainEventBus } from './events.js';
import type { MeetingService } from './meetings.js';

export interface MeetingAccessDeps {
  store: Store;
  meetings: MeetingService;
  audit: AuditService;
  events: DomainEventBus;
}

export function meetingAccessService({ store, meetings, audit, events }: MeetingAccessDeps) {
  const records = store.collection('meetings');
  const agencies = store.collection('agencies');
  const users = store.collection('users');
  const requests = store.collection('accessRequests');

  async function loadToManage(user: PublicUser, meetingId: string): Promise<Meeting> {
    const meeting = await meetings.load(meetingId);
    authorize(user, 'meeting:manage', { meeting });
    if (meeting.status === 'closed') throw new Conflict('The meeting is closed');
    return meeting;
  }

  async function checkAgencies(agencyIds: string[]): Promise<void> {
    for (const id of agencyIds) if (!(await agencies.findOne({ _id: id }))) throw new Invalid('Invalid agencyIds: no such agency');
  }

  function personOnAgenda(meeting: Meeting, personId: string): void {
    if (caseItemIds(meeting, personId).length === 0) throw new NotFound('Person on this agenda');
  }

  async function changed(meetingId: string, set: Partial<Meeting>): Promise<Meeting> {
    const updated = (await records.findOneAndUpdate({ _id: meetingId }, { $set: { ...set, updatedAt: new Date().toISOString() } }))!;
    events.emit('access:changed', { meetingId });
    events.emit('meeting:changed', updated);
    return updated;
  }

  async function setRestricted(meeting: Meeting, personId: string, agencyIds: string[]): Promise<Meeting> {
    return changed(meeting._id, { restrictedAccess: { ...(meeting.restrictedAccess ?? {}), [personId]: [...new Set(agencyIds)] } });
  }

  return {
    /** Agencies taking part in one item; null opens it to every attendee again. */
    async setItemAgencies(user: PublicUser, meetingId: string, itemId: string, agencyIds: string[] | null): Promise<Meeting> {
      const meeting = await loadToManage(user, meetingId);
      if (!meeting.agenda.some((item) => item.id === itemId)) throw new NotFound('Agenda item');
      if (agencyIds) await checkAgencies(agencyIds);
      const itemAccess = { ...(meeting.itemAccess ?? {}) };
      if (agencyIds) itemAccess[itemId] = { agencyIds: [...new Set(agencyIds)] };
      else delete itemAccess[itemId];
      await audit.record(user._id, 'access.item-agencies', 'meeting', meetingId, { itemId, agencyIds });
      return changed(meetingId, { itemAccess });
    },

    async inviteGuest(user: PublicUser, meetingId: string, invite: GuestInvite): Promise<Meeting> {
      const meeting = await loadToManage(user, meetingId);
      const guest = await users.findOne({ _id: invite.userId });
      if (!guest || guest.role !== 'guest') throw new Invalid('Invalid userId: invite a guest account');
      const unknown = invite.itemIds.find((id) => !meeting.agenda.some((item) => item.id === id && item.personId));
      if (unknown) throw new Invalid('Invalid itemIds: guests are invited for case items of this agenda');
      if (invite.window && invite.window.from >= invite.window.to) throw new Invalid('Invalid window: it must end after it starts');
      const guests = [...(meeting.guests ?? []).filter((g) => g.userId !== invite.userId), invite];
      await audit.record(user._id, 'access.guest-invite', 'meeting', meetingId, { guestId: invite.userId, itemIds: invite.itemIds, canWrite: invite.canWrite });
      return changed(meetingId, { guests });
    },

    async removeGuest(user: PublicUser, meetingId: string, guestId: string): Promise<Meeting> {
      const meeting = await loadToManage(user, meetingId);
      if (!(meeting.guests ?? []).some((g) => g.userId === guestId)) throw new NotFound('Guest');
      await audit.record(user._id, 'access.guest-remove', 'meeting', meetingId, { guestId });
      return changed(meetingId, { guests: (meeting.guests ?? []).filter((g) => g.userId !== guestId) });
    },

    /** The agencies allowed into one person's restricted sections (the chair, who always has them, names the rest). */
    async setRestrictedAgencies(user: PublicUser, meetingId: string, personId: string, agencyIds: string[]): Promise<Meeting> {
      const meeting = await loadToManage(user, meetingId);
      personOnAgenda(meeting, personId);
      await checkAgencies(agencyIds);
      const before = meeting.restrictedAccess?.[personId] ?? [];
      await audit.record(user._id, 'access.restricted', 'meeting', meetingId, {
        personId,
        granted: agencyIds.filter((id) => !before.includes(id)),
        revoked: before.filter((id) => !agencyIds.includes(id)),
      });
      return setRestricted(meeting, personId, agencyIds);
    },

    /** What a user sees in place of a restricted section: who holds it, whether they may open it or have asked. */
    async restrictedStatus(user: PublicUser, meetingId: string, personId: string): Promise<RestrictedStatus> {
      const meeting = await meetings.load(meetingId);
      personOnAgenda(meeting, personId);
      authorize(user, 'case:read', { meeting, personId, currentItemId: undefined, now: new Date() });
      const chair = await users.findOne({ _id: meeting.chairId });
      const subject = { meeting, personId, chairAgencyId: chair?.agencyId ?? null };
      const holders = [...new Set([...(meeting.restrictedAccess?.[personId] ?? meeting.restrictedAgencyIds ?? []), ...(chair ? [chair.agencyId] : [])])];
      const names = await agencies.find({ _id: { $in: holders } });
      const pending = await requests.findOne({ meetingId, personId, agencyId: user.agencyId, status: 'pending' });
      return {
        personId,
        allowed: can(user, 'restricted:read', subject),
        holders: names.map((a) => ({ id: a._id, name: a.name })),
        requested: !!pending,
      };
    },

    async requestRestricted(user: PublicUser, meetingId: string, personId: string): Promise<AccessRequest> {
      const meeting = await meetings.load(meetingId);
      personOnAgenda(meeting, personId);
      authorize(user, 'case:read', { meeting, personId });
      const existing = await requests.findOne({ meetingId, personId, agencyId: user.agencyId, status: 'pending' });
      if (existing) return existing;
      const request: AccessRequest = { _id: randomUUID(), meetingId, personId, userId: user._id, agencyId: user.agencyId, status: 'pending', createdAt: new Date().toISOString() };
      await requests.insertOne(request);
      await audit.record(user._id, 'access.request', 'meeting', meetingId, { personId });
      events.emit('meeting:changed', meeting);
      return request;
    },

    async pendingRequests(user: PublicUser, meetingId: string): Promise<AccessRequest[]> {
      const meeting = await meetings.load(meetingId);
      authorize(user, 'meeting:manage', { meeting });
      return requests.find({ meetingId, status: 'pending' }, { sort: { createdAt: 1 } });
    },

    async decideRequest(user: PublicUser, meetingId: string, requestId: string, decision: 'grant' | 'refuse'): Promise<AccessRequest> {
      const meeting = await loadToManage(user, meetingId);
      const request = await requests.findOne({ _id: requestId, meetingId });
      if (!request) throw new NotFound('Access request');
      if (request.status !== 'pending') throw new Conflict('That request has been decided already');
      const decided = (await requests.findOneAndUpdate(
        { _id: requestId, status: 'pending' },
        { $set: { status: decision === 'grant' ? 'granted' : 'refused', decidedAt: new Date().toISOString(), decidedBy: user._id } },
      ))!;
      await audit.record(user._id, decision === 'grant' ? 'access.request-granted' : 'access.request-refused', 'meeting', meetingId, {
        personId: request.personId,
        agencyId: request.agencyId,
      });
      if (decision === 'grant') {
        const allowed = meeting.restrictedAccess?.[request.personId] ?? [];
        await setRestricted(meeting, request.personId, [...allowed, request.agencyId]);
      } else events.emit('meeting:changed', meeting);
      return decided;
    },
  };
}
