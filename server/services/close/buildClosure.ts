// Builds everything a close commits, in memory, from the frozen documents: the Yjs snapshot,
// the rendered record and the action records (ids derived from the meeting and live ids, so a
// rebuilt closure is identical).
import { createHash } from 'node:crypto';
import type { Meeting } from '../../../shared/domain/records.js';
import { caseDocName, meetingDocName, parseDocName, restrictedDocName } from '../../../shared/live/docNames.js';
import { agenciesToNotify } from '../../../shared/logic/agencyList.js';
import { resolveDueDate } from '../../../shared/logic/dueDates.js';
import type { Store } from '../../store/port.js';
import { readLiveMeeting, type LiveMeetingView } from './readLive.js';
import { reviewedActionsFor } from '../trackedActionReview.js';
import type { MeetingDocuments } from './types.js';
import type { CaseContext, TrackedAction, TrackedActionAtClose } from '../../../shared/domain/actions.js';
import type { ClosedRecord, RecordAttendee } from '../../../shared/domain/closedRecord.js';
import type { Closure } from '../../store/records.js';

/** The people a meeting discusses: its agenda's cases and any case an action or decision names. */
function personIdsOf(view: LiveMeetingView): string[] {
  const ids = [
    ...view.personIds,
    ...view.actions.map((a) => a.personId),
    ...view.decisions.map((d) => d.personId),
  ];
  // A person id a client typed that cannot name a document is left out, so it cannot make the close fail.
  return [...new Set(ids.filter((id): id is string => !!id && parseDocName(caseDocName('m', id)) !== null))].sort();
}

export function contentHash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export async function buildClosure(
  store: Store,
  documents: MeetingDocuments,
  meeting: Meeting,
  closedBy: string,
  closedAt: string,
): Promise<Closure> {
  const view = await readLiveMeeting(documents, meeting);
  const personIds = personIdsOf(view);
  const docNames = [meetingDocName(meeting._id), ...personIds.flatMap((p) => [caseDocName(meeting._id, p), restrictedDocName(meeting._id, p)])];
  const docs = [];
  for (const name of docNames) docs.push({ name, state: Buffer.from(await documents.encodeState(name)).toString('base64') });

  const people = await store.collection('people').find({ _id: { $in: personIds } });
  const agencies = await store.collection('agencies').find({});
  const users = await store.collection('users').find({
    _id: { $in: [...new Set([meeting.chairId, ...meeting.attendeeIds])] },
  });
  const userById = new Map(users.map((u) => [u._id, u]));
  const releaseOf = new Map(people.map((p) => [p._id, p.releaseDate ?? null]));

  const actions: TrackedActionAtClose[] = view.actions
    .map((a) => ({
      id: `${meeting._id}:${a.id}`,
      liveId: a.id,
      text: a.text,
      agencyId: a.agencyId,
      ...(a.owner ? { owner: a.owner } : {}),
      dueDate: resolveDueDate(a, a.personId ? releaseOf.get(a.personId) : null),
      ...(typeof a.dueRelativeDays === 'number' ? { dueRelativeDays: a.dueRelativeDays } : {}),
      ...(a.personId ? { personId: a.personId } : {}),
      ...(a.pathway ? { pathway: a.pathway } : {}),
      ...(a.itemId ? { itemId: a.itemId } : {}),
      status: a.status ?? 'open',
      createdBy: a.createdBy,
      createdAt: a.createdAt,
    }))
    .sort((x, y) => x.id.localeCompare(y.id));

  const present: RecordAttendee[] = Object.entries(view.attendance).map(([userId, a]) => ({
    userId,
    displayName: a.displayName ?? userById.get(userId)?.displayName ?? 'Unknown',
    agencyId: a.agencyId ?? userById.get(userId)?.agencyId ?? '',
    present: true,
    itemIds: a.itemIds ?? [],
  }));
  const absent: RecordAttendee[] = meeting.attendeeIds
    .filter((id) => !view.attendance[id] && userById.has(id))
    .map((id) => ({ userId: id, displayName: userById.get(id)!.displayName, agencyId: userById.get(id)!.agencyId, present: false, itemIds: [] }));

  const caseContexts: CaseContext[] = people
    .map((p) => ({ personId: p._id, name: p.name, caseReference: p.caseReference, releaseDate: p.releaseDate ?? null }))
    .sort((a, b) => a.personId.localeCompare(b.personId));
  const agendaSource = view.agenda.length ? view.agenda : meeting.agenda;
  const record: ClosedRecord = {
    meeting: {
      id: meeting._id,
      title: meeting.title,
      type: meeting.type,
      panelId: meeting.panelId,
      startsAt: meeting.startsAt,
      heldOn: meeting.startedAt ?? closedAt,
      chairId: meeting.chairId,
      chairName: userById.get(meeting.chairId)?.displayName ?? '',
    },
    closedAt,
    closedBy,
    agencies: agencies.map((a) => ({ id: a._id, name: a.name, ...(a.shortName ? { shortName: a.shortName } : {}) })).sort((a, b) => a.name.localeCompare(b.name)),
    people: caseContexts,
    attendance: [...present, ...absent],
    agenda: agendaSource.map((item) => ({
      id: item.id,
      title: item.title,
      kind: item.kind,
      ...(item.personId ? { personId: item.personId } : {}),
      ...(item.presenterAgencyId ? { presenterAgencyId: item.presenterAgencyId } : {}),
      notes: view.notes[item.id] ?? '',
    })),
    decisions: view.decisions.map((d) => ({
      id: d.id,
      ...(d.itemId ? { itemId: d.itemId } : {}),
      ...(d.personId ? { personId: d.personId } : {}),
      text: d.text,
      rationale: d.rationale,
      agencyIds: d.agencyIds,
    })),
    actions,
    reviewedActions: await reviewedActionsFor(store, meeting),
  };

  const tracked: TrackedAction[] = actions.map((a) => ({
    _id: a.id,
    meetingId: meeting._id,
    panelId: meeting.panelId,
    meetingTitle: meeting.title,
    meetingStartsAt: meeting.startsAt,
    liveId: a.liveId,
    text: a.text,
    agencyId: a.agencyId,
    ...(a.owner ? { owner: a.owner } : {}),
    dueDate: a.dueDate,
    ...(a.dueRelativeDays !== undefined ? { dueRelativeDays: a.dueRelativeDays } : {}),
    ...(a.personId ? { personId: a.personId } : {}),
    ...(a.pathway ? { pathway: a.pathway } : {}),
    status: a.status,
    progressNotes: [],
    createdBy: a.createdBy,
    createdAt: closedAt,
  }));

  const contactOf = new Map(agencies.map((a) => [a._id, a.contactEmail]));
  // Every agency with an action, and every agency a decision binds even without one, gets its list.
  const mail = agenciesToNotify(record)
    .filter((agencyId) => contactOf.get(agencyId))
    .map((agencyId) => ({ agencyId, to: contactOf.get(agencyId)! }));

  const snapshot = { docs };
  return {
    _id: meeting._id,
    state: 'committed',
    snapshot,
    record,
    actions: tracked,
    mail,
    contentHash: contentHash({ snapshot, record }),
    closedBy,
    closedAt,
  };
}
