// Actions taken in the live meeting. A case's actions live in that person's case document, a standing item's
// in the meeting document, so only those who may see the case receive them; every client holding the document
// sees a new or changed action at once, whether it came from the room or over REST.
import { randomUUID } from 'node:crypto';
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { actionInput, actionPatch, type ActionInput, type ActionPatch } from '../../shared/domain/schemas.js';
import { addAction, caseDocName, hasAction, MEETING, meetingDocName, readActions, readAgenda, updateAction, type ActionFields } from '../../shared/live/layout.js';
import { assertCanSeeMeeting } from '../auth/permissions.js';
import { authorize, WRITER_ROLES } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
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

/** Where an action lives: a person's case document, or the meeting document (personId undefined). */
interface Scope {
  docName: string;
  personId?: string;
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

  async function currentItemOf(meetingId: string): Promise<string | null> {
    const current = await documents.read(meetingDocName(meetingId), (doc) => doc.getMap(MEETING.control).get('currentItemId'));
    return typeof current === 'string' ? current : null;
  }

  /** The policy decides: the case for a case action, the meeting document for a standing one. */
  async function authorizeScope(user: PublicUser, meeting: Meeting, scope: Scope): Promise<void> {
    if (scope.personId) authorize(user, 'case:write', { meeting, personId: scope.personId, currentItemId: await currentItemOf(meeting._id) });
    else authorize(user, 'meeting-document:write', { meeting });
  }

  /** References must point at this meeting: an existing agency, a person and an item on its agenda. */
  async function checkReferences(meeting: Meeting, fields: ActionPatch) {
    if (fields.agencyId !== undefined && fields.agencyId !== null && !(await agencies.findOne({ _id: fields.agencyId })))
      throw new Invalid('Invalid agencyId: no such agency');
    if (fields.personId === undefined && fields.itemId === undefined) return;
    const items = await agendaOf(meeting);
    if (fields.personId !== undefined && fields.personId !== null && !items.some((item) => item.personId === fields.personId))
      throw new Invalid('Invalid personId: the person is not on this meeting’s agenda');
    if (fields.itemId !== undefined && fields.itemId !== null && !items.some((item) => item.id === fields.itemId))
      throw new Invalid('Invalid itemId: no such agenda item');
  }

  async function agendaOf(meeting: Meeting) {
    return [...(await documents.read(meetingDocName(meeting._id), readAgenda)), ...meeting.agenda];
  }

  /** A new action's scope: its person, else the person of the item it is recorded under, else the meeting. */
  async function scopeOf(meeting: Meeting, fields: Pick<ActionInput, 'personId' | 'itemId'>): Promise<Scope> {
    const personId = fields.personId ?? (fields.itemId ? (await agendaOf(meeting)).find((item) => item.id === fields.itemId)?.personId : undefined);
    return personId ? { docName: caseDocName(meeting._id, personId), personId } : { docName: meetingDocName(meeting._id) };
  }

  /** Finds an action in the meeting document or in any case document of the meeting. */
  async function locate(meeting: Meeting, actionId: string): Promise<Scope | null> {
    const candidates: Scope[] = [
      { docName: meetingDocName(meeting._id) },
      ...[...new Set((await agendaOf(meeting)).flatMap((item) => (item.personId ? [item.personId] : [])))].map((personId) => ({
        docName: caseDocName(meeting._id, personId),
        personId,
      })),
    ];
    for (const scope of candidates) if (await documents.read(scope.docName, (doc) => hasAction(doc, actionId))) return scope;
    return null;
  }

  async function readAction(docName: string, actionId: string): Promise<ActionFields | undefined> {
    return documents.read(docName, (doc) => readActions(doc).find((action) => action.id === actionId));
  }

  return {
    async addLiveAction(user: PublicUser, meetingId: string, input: unknown): Promise<ActionFields> {
      const meeting = await loadForEdit(user, meetingId);
      const fields: ActionInput = actionInput.parse(input);
      await checkReferences(meeting, fields);
      const scope = await scopeOf(meeting, withoutNulls(fields));
      await authorizeScope(user, meeting, scope);
      const action: ActionFields = {
        ...withoutNulls(fields),
        id: randomUUID(),
        status: fields.status ?? 'open',
        createdBy: user._id,
        createdAt: new Date().toISOString(),
      };
      await documents.change(scope.docName, (doc) => addAction(doc, action));
      await audit.record(user._id, 'action.create', 'action', action.id, { meetingId });
      events.emit('actions:changed', meetingId);
      return action;
    },

    async updateLiveAction(user: PublicUser, meetingId: string, actionId: string, patch: unknown): Promise<ActionFields> {
      const meeting = await loadForEdit(user, meetingId);
      const changes: ActionPatch = actionPatch.parse(patch);
      const scope = await locate(meeting, actionId);
      if (!scope) throw new NotFound('Action');
      await authorizeScope(user, meeting, scope);
      await checkReferences(meeting, changes);
      if (changes.personId !== undefined && (changes.personId ?? undefined) !== scope.personId)
        throw new Invalid('Invalid personId: an action stays with the case it was agreed for');
      let found = false;
      await documents.change(scope.docName, (doc) => {
        found = updateAction(doc, actionId, changes);
      });
      const updated = found ? await readAction(scope.docName, actionId) : undefined;
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
