// Meeting control: who may move the agenda, start, pause and resume, and the state that follows.
// The meeting record holds scheduled / live / closed; the meeting document's control map holds the
// current item and running / paused, so late joiners and the record of the meeting see them too.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import type { MeetingState, MeetingStateEvent } from '../../shared/live/controlEvents.js';
import { meetingDocName } from '../../shared/live/docNames.js';
import { attendanceOf, readAgenda, readControl, setAttendance, setControl } from '../../shared/live/meetingDoc.js';
import { assertCanSeeMeeting, isMeetingChair } from '../auth/permissions.js';
import type { AuditService } from './audit.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import type { DomainEventBus } from './events.js';
import type { LiveDocuments } from './liveDocuments.js';
import type { MeetingService } from './meetings.js';

export interface MeetingControlDeps {
  meetings: MeetingService;
  documents: LiveDocuments;
  audit: AuditService;
  events: DomainEventBus;
}

export interface Attendee {
  userId: string;
  displayName: string;
  agencyId: string;
}

export function meetingStateOf(status: Meeting['status'], controlState: unknown): MeetingState {
  if (status === 'closed') return 'closed';
  if (status === 'scheduled') return 'scheduled';
  return controlState === 'paused' ? 'paused' : 'running';
}

export function meetingControlService({ meetings, documents, audit, events }: MeetingControlDeps) {
  async function stateOf(meeting: Meeting): Promise<MeetingStateEvent> {
    const control = await documents.read(meetingDocName(meeting._id), readControl);
    return {
      meetingId: meeting._id,
      status: meeting.status,
      state: meetingStateOf(meeting.status, control.state),
      currentItemId: control.currentItemId ?? meeting.agenda[0]?.id ?? null,
    };
  }

  async function loadForChair(user: PublicUser, meetingId: string, doing: string): Promise<Meeting> {
    const meeting = await meetings.load(meetingId);
    assertCanSeeMeeting(user, meeting);
    if (!isMeetingChair(user, meeting)) throw new Forbidden(`Only the chair can ${doing}`);
    if (meeting.status === 'closed') throw new Conflict('The meeting is closed');
    return meeting;
  }

  async function setRunState(user: PublicUser, meetingId: string, state: 'running' | 'paused'): Promise<MeetingStateEvent> {
    const verb = state === 'paused' ? 'pause' : 'resume';
    const meeting = await loadForChair(user, meetingId, `${verb} the meeting`);
    if (meeting.status !== 'live') throw new Conflict('The meeting has not started');
    await documents.change(meetingDocName(meetingId), (doc) => setControl(doc, { state }));
    await audit.record(user._id, `meeting.${verb}`, 'meeting', meetingId);
    events.emit('meeting:changed', meeting);
    return stateOf(meeting);
  }

  return {
    stateOf,

    /** The state a user sees on joining the room; throws when the user is not invited. */
    async join(user: PublicUser, meetingId: string): Promise<{ meeting: Meeting; state: MeetingStateEvent; canControl: boolean }> {
      const meeting = await meetings.load(meetingId);
      assertCanSeeMeeting(user, meeting);
      await audit.record(user._id, 'meeting.join', 'meeting', meetingId);
      return { meeting, state: await stateOf(meeting), canControl: isMeetingChair(user, meeting) && meeting.status !== 'closed' };
    },

    /** Re-checks on every event, so a user removed from the meeting loses it at once. */
    async assertCanSee(user: PublicUser, meetingId: string): Promise<Meeting> {
      const meeting = await meetings.load(meetingId);
      assertCanSeeMeeting(user, meeting);
      return meeting;
    },

    async start(user: PublicUser, meetingId: string): Promise<MeetingStateEvent> {
      await loadForChair(user, meetingId, 'start the meeting');
      const meeting = await meetings.start(user, meetingId);
      await documents.change(meetingDocName(meetingId), (doc) => setControl(doc, { state: 'running' }));
      await audit.record(user._id, 'meeting.start', 'meeting', meetingId);
      events.emit('meeting:changed', meeting);
      return stateOf(meeting);
    },

    pause: (user: PublicUser, meetingId: string) => setRunState(user, meetingId, 'paused'),
    resume: (user: PublicUser, meetingId: string) => setRunState(user, meetingId, 'running'),

    async setCurrentItem(user: PublicUser, meetingId: string, itemId: string): Promise<MeetingStateEvent> {
      const meeting = await loadForChair(user, meetingId, 'move the agenda');
      const docItems = await documents.read(meetingDocName(meetingId), (doc) => readAgenda(doc).map((item) => item.id));
      if (!docItems.includes(itemId) && !meeting.agenda.some((item) => item.id === itemId)) throw new NotFound('Agenda item');
      await documents.change(meetingDocName(meetingId), (doc) => setControl(doc, { currentItemId: itemId }));
      await audit.record(user._id, 'meeting.current-item', 'meeting', meetingId, { itemId });
      events.emit('meeting:changed', meeting);
      // Guests see their case only while its item is current.
      if (meeting.guests?.length) events.emit('access:changed', { meetingId });
      return stateOf(meeting);
    },

    /**
     * Notes who is in the room: first time seen, and the current item while the meeting runs.
     * Does nothing once the meeting is closed (its documents are frozen).
     */
    async recordAttendance(meetingId: string, attendees: Attendee[]): Promise<void> {
      const meeting = await meetings.load(meetingId);
      if (meeting.status === 'closed' || documents.isFrozen(meetingId) || attendees.length === 0) return;
      const now = new Date().toISOString();
      await documents.change(meetingDocName(meetingId), (doc) => {
        const { state, currentItemId } = readControl(doc);
        const running = meetingStateOf(meeting.status, state) === 'running';
        for (const { userId, displayName, agencyId } of attendees) {
          const before = attendanceOf(doc, userId);
          const itemIds = before?.itemIds ?? [];
          const addItem = running && currentItemId !== null && !itemIds.includes(currentItemId);
          if (before && !addItem) continue;
          setAttendance(doc, userId, {
            displayName: before?.displayName ?? displayName,
            agencyId: before?.agencyId ?? agencyId,
            firstSeen: before?.firstSeen ?? now,
            itemIds: addItem ? [...itemIds, currentItemId] : itemIds,
          });
        }
      });
    },
  };
}
