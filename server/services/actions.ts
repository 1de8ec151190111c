// Actions taken in the live meeting. They live in the meeting document, so every client in the room
// sees a new or changed action at once, whether it came from the room or over REST.
import { randomUUID } from 'node:crypto';
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { actionInput, actionPatch, type ActionInput, type ActionPatch } from '../../shared/domain/schemas.js';
import { addAction, meetingDocName, readActions, readAgenda, updateAction, type ActionFields } from '../../shared/live/layout.js';
import { assertCanSeeMeeting, WRITER_ROLES } from '../auth/permissions.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import { Conflict, Forbidden, Invalid, NotFound } from './errors.js';
import type { DomainEventBus } from './events.js';
import type { LiveDocuments } from './liveDocuments.js';
import type { MeetingService } from './meetings.js';

export interface ActionServiceDeps {
  store: Store;
  meetings: MeetingService;
  documents: LiveDocuments;
  audit: AuditService;
  events: DomainEventBus;
}

export function actionService({ store, meetings, documents, audit, events }: ActionServiceDeps) {
  const agencies = store.collection<{ _id: string }>('agencies');

  async function loadForEdit(user: PublicUser, meetingId: string): Promise<Meeting> {
    const meeting = await meetings.load(meetingId);
    assertCanSeeMeeting(user, meeting);
    if (!WRITER_ROLES.includes(user.role)) throw new Forbidden('Observers cannot change actions');
    if (meeting.status === 'closed') throw new Conflict('The meeting is closed; its actions are tracked in the agency lists');
    return meeting;
  }

  /** References must point at this meeting: an existing agency, a person and an item on its agenda. */
  async function checkReferences(meeting: Meeting, fields: ActionPatch) {
    if (fields.agencyId !== undefined && !(await agencies.findOne({ _id: fields.agencyId }))) throw new Invalid('Invalid agencyId: no such agency');
    if (fields.personId === undefined && fields.itemId === undefined) return;
    const agenda = await documents.read(meetingDocName(meeting._id), readAgenda);
    const items = [...agenda, ...meeting.agenda];
    if (fields.personId !== undefined && !items.some((item) => item.personId === fields.personId))
      throw new Invalid('Invalid personId: the person is not on this meeting’s agenda');
    if (fields.itemId !== undefined && !items.some((item) => item.id === fields.itemId)) throw new Invalid('Invalid itemId: no such agenda item');
  }

  async function readAction(meetingId: string, actionId: string): Promise<ActionFields | undefined> {
    return documents.read(meetingDocName(meetingId), (doc) => readActions(doc).find((action) => action.id === actionId));
  }

  return {
    async addLiveAction(user: PublicUser, meetingId: string, input: unknown): Promise<ActionFields> {
      const meeting = await loadForEdit(user, meetingId);
      const fields: ActionInput = actionInput.parse(input);
      await checkReferences(meeting, fields);
      const action: ActionFields = {
        ...withoutNulls(fields),
        id: randomUUID(),
        status: fields.status ?? 'open',
        createdBy: user._id,
        createdAt: new Date().toISOString(),
      };
      await documents.change(meetingDocName(meetingId), (doc) => addAction(doc, action));
      await audit.record(user._id, 'action.create', 'action', action.id, { meetingId });
      events.emit('actions:changed', meetingId);
      return action;
    },

    async updateLiveAction(user: PublicUser, meetingId: string, actionId: string, patch: unknown): Promise<ActionFields> {
      const meeting = await loadForEdit(user, meetingId);
      const changes: ActionPatch = actionPatch.parse(patch);
      if (!(await readAction(meetingId, actionId))) throw new NotFound('Action');
      await checkReferences(meeting, changes);
      let found = false;
      await documents.change(meetingDocName(meetingId), (doc) => {
        found = updateAction(doc, actionId, changes);
      });
      const updated = found ? await readAction(meetingId, actionId) : undefined;
      if (!updated) throw new NotFound('Action');
      await audit.record(user._id, 'action.update', 'action', actionId, { meetingId, fields: Object.keys(changes) });
      events.emit('actions:changed', meetingId);
      return updated;
    },
  };
}
export type ActionService = ReturnType<typeof actionService>;

/** A new action stores no empty fields: null means "not set". */
function withoutNulls<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}
