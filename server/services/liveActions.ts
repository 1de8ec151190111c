// Actions taken in the live meeting. A case's actions live in that person's case document, a standing item's
// in the meeting document, so only those who may see the case receive them; every client holding the document
// sees a new or changed action at once, whether it came from the room or over REST.
import { randomUUID } from 'node:crypto';
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { actionInput, actionPatch, removalInput, type ActionInput, type ActionPatch } from '../../shared/domain/schemas.js';
import { caseDocName, meetingDocName } from '../../shared/live/docNames.js';
import { readAgenda } from '../../shared/live/meetingDoc.js';
import { addLiveAction, hasLiveAction, isEmptyDecision, readDecisions, readLiveActions, removeDecision, removeLiveAction, updateLiveAction } from '../../shared/live/scoped.js';
import { assertCanSeeMeeting } from '../auth/permissions.js';
import { authorize, can, WRITER_ROLES } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import type { DomainEventBus } from './events.js';
import { meetingControlOf, type LiveDocuments } from './liveDocuments.js';
import type { MeetingService } from './meetings.js';
import type { LiveAction } from '../../shared/domain/actions.js';

export interface LiveActionServiceDeps {
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

export function liveActionService({ store, meetings, documents, audit, events }: LiveActionServiceDeps) {
  const agencies = store.collection('agencies');

  async function loadForEdit(user: PublicUser, meetingId: string): Promise<Meeting> {
    const meeting = await meetings.load(meetingId);
    assertCanSeeMeeting(user, meeting);
    if (!WRITER_ROLES.includes(user.role)) throw new Forbidden('Observers cannot change actions');
    if (meeting.status === 'closed') throw new Conflict('The meeting is closed; its actions are tracked in the agency lists');
    return meeting;
  }

  /** The policy decides: the case for a case action, the meeting document for a standing one; a pause holds both. */
  async function authorizeScope(user: PublicUser, meeting: Meeting, scope: Scope): Promise<void> {
    const control = await meetingControlOf(documents, meeting._id);
    if (scope.personId) authorize(user, 'case:write', { meeting, personId: scope.personId, currentItemId: control.currentItemId });
    else authorize(user, 'meeting-document:write', { meeting });
    if (control.state === 'paused' && !can(user, 'meeting:edit-while-paused', { meeting }))
      throw new Conflict('The chair has paused the meeting: editing is paused until the chair resumes it');
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

  /** The meeting document and every case document of the meeting: where an action or a decision may live. */
  async function scopesOf(meeting: Meeting): Promise<Scope[]> {
    return [
      { docName: meetingDocName(meeting._id) },
      ...[...new Set((await agendaOf(meeting)).flatMap((item) => (item.personId ? [item.personId] : [])))].map((personId) => ({
        docName: caseDocName(meeting._id, personId),
        personId,
      })),
    ];
  }

  /** Finds an action in the meeting document or in any case document of the meeting. */
  async function locate(meeting: Meeting, actionId: string): Promise<Scope | null> {
    for (const scope of await scopesOf(meeting)) if (await documents.read(scope.docName, (doc) => hasLiveAction(doc, actionId))) return scope;
    return null;
  }

  /**
   * Finds an action the user may change: in a document they may write and, unless only its status changes (which
   * everyone taking part in the case may update, as the room reports progress), theirs to change: the chair, the
   * owning agency or the author.
   */
  async function locateForChange(user: PublicUser, meeting: Meeting, actionId: string, statusOnly = false): Promise<{ scope: Scope; action: LiveAction }> {
    const scope = await locate(meeting, actionId);
    if (!scope) throw new NotFound('Action');
    await authorizeScope(user, meeting, scope);
    const action = await readAction(scope.docName, actionId);
    if (!action) throw new NotFound('Action');
    if (!statusOnly) authorize(user, 'live-action:change', { meeting, action });
    return { scope, action };
  }

  async function readAction(docName: string, actionId: string): Promise<LiveAction | undefined> {
    return documents.read(docName, (doc) => readLiveActions(doc).find((action) => action.id === actionId));
  }

  return {
    async addLiveAction(user: PublicUser, meetingId: string, input: unknown): Promise<LiveAction> {
      const meeting = await loadForEdit(user, meetingId);
      const fields: ActionInput = actionInput.parse(input);
      await checkReferences(meeting, fields);
      const scope = await scopeOf(meeting, withoutNulls(fields));
      await authorizeScope(user, meeting, scope);
      const action: LiveAction = {
        ...withoutNulls(fields),
        id: randomUUID(),
        status: fields.status ?? 'open',
        createdBy: user._id,
        createdAt: new Date().toISOString(),
      };
      await documents.change(scope.docName, (doc) => addLiveAction(doc, action));
      await audit.record(user._id, 'action.create', 'action', action.id, { meetingId });
      events.emit('actions:changed', meetingId);
      return action;
    },

    async updateLiveAction(user: PublicUser, meetingId: string, actionId: string, patch: unknown): Promise<LiveAction> {
      const meeting = await loadForEdit(user, meetingId);
      const changes: ActionPatch = actionPatch.parse(patch);
      const { scope } = await locateForChange(user, meeting, actionId, Object.keys(changes).every((key) => key === 'status'));
      await checkReferences(meeting, changes);
      if (changes.personId !== undefined && (changes.personId ?? undefined) !== scope.personId)
        throw new Invalid('Invalid personId: an action stays with the case it was agreed for');
      let found = false;
      await documents.change(scope.docName, (doc) => {
        found = updateLiveAction(doc, actionId, changes);
      });
      const updated = found ? await readAction(scope.docName, actionId) : undefined;
      if (!updated) throw new NotFound('Action');
      await audit.record(user._id, 'action.update', 'action', actionId, { meetingId, fields: Object.keys(changes) });
      events.emit('actions:changed', meetingId);
      return updated;
    },

    /** Removes an action with a reason: the server takes it out of its document and the audit keeps the reason. */
    async removeLiveAction(user: PublicUser, meetingId: string, actionId: string, body: unknown): Promise<{ id: string; removed: true }> {
      const meeting = await loadForEdit(user, meetingId);
      const { reason } = removalInput.parse(body ?? {});
      const { scope, action } = await locateForChange(user, meeting, actionId);
      let removed = false;
      await documents.change(scope.docName, (doc) => {
        removed = removeLiveAction(doc, actionId);
      });
      if (!removed) throw new NotFound('Action');
      await audit.record(user._id, 'action.remove', 'action', actionId, {
        meetingId,
        reason,
        agencyId: action.agencyId,
        ...(action.personId ? { personId: action.personId } : {}),
        ...(action.itemId ? { itemId: action.itemId } : {}),
        createdBy: action.createdBy,
      });
      events.emit('actions:changed', meetingId);
      return { id: actionId, removed: true };
    },

    /**
     * Removes a decision that records nothing (no text, no rationale), with a reason kept in the audit. Anyone who may
     * write the decision's document may remove an empty one; a decision with content stays in the record.
     */
    async removeEmptyDecision(user: PublicUser, meetingId: string, decisionId: string, body: unknown): Promise<{ id: string; removed: true }> {
      const meeting = await loadForEdit(user, meetingId);
      const { reason } = removalInput.parse(body ?? {});
      let scope: Scope | undefined;
      for (const candidate of await scopesOf(meeting)) {
        if (await documents.read(candidate.docName, (doc) => readDecisions(doc).some((d) => d.id === decisionId))) {
          scope = candidate;
          break;
        }
      }
      if (!scope) throw new NotFound('Decision');
      await authorizeScope(user, meeting, scope);
      const result: { outcome: 'removed' | 'missing' | 'not-empty' } = { outcome: 'missing' };
      await documents.change(scope.docName, (doc) => {
        const decision = readDecisions(doc).find((d) => d.id === decisionId);
        if (!decision) return;
        if (!isEmptyDecision(decision)) result.outcome = 'not-empty';
        else if (removeDecision(doc, decisionId)) result.outcome = 'removed';
      });
      if (result.outcome === 'missing') throw new NotFound('Decision');
      if (result.outcome === 'not-empty') throw new Conflict('Only an empty decision can be removed: clear its text and rationale first');
      await audit.record(user._id, 'decision.remove', 'decision', decisionId, { meetingId, reason, ...(scope.personId ? { personId: scope.personId } : {}) });
      return { id: decisionId, removed: true };
    },
  };
}

/** A new action stores no empty fields: null means "not set". */
function withoutNulls<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}
