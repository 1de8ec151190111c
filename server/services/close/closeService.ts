// Closing a meeting: one domain service that the REST route (and so the room's button) reaches.
// Crash-safe without multi-document transactions:
//   1. freeze the meeting's documents and flush them;
//   2. build snapshot, record and action records in memory;
//   3. COMMIT: insert one `closures` document (a single insert is atomic in both stores);
//   4. apply: action records, meeting status, e-mails (all idempotent), then mark the closure applied.
// A closure that is committed but not applied is re-applied at startup and before any close.
import { ukToday } from '../../../shared/logic/ukToday.js';
import type { PublicUser } from '../../../shared/domain/records.js';
import { readCase } from '../../../shared/live/caseDoc.js';
import { caseDocName } from '../../../shared/live/docNames.js';
import { resolveDueDate } from '../../../shared/logic/dueDates.js';
import { computeRedFlags } from '../../../shared/logic/redFlags.js';
import { isMeetingChair } from '../../auth/permissions.js';
import { DuplicateKeyError, type Store } from '../../store/port.js';
import type { CollectionName, RecordOf } from '../../store/collections.js';
import type { AuditService } from '../audit.js';
import { Conflict, Forbidden } from '../../errors.js';
import type { DomainEventBus } from '../events.js';
import type { MeetingService } from '../meetings.js';
import type { Outbox } from '../../mail/outbox.js';
import { buildClosure } from './buildClosure.js';
import { pauseForTest } from './pauseHook.js';
import { readLiveMeeting } from './readLive.js';
import { trackedActionsForFlags } from '../trackedActionReview.js';
import type { MeetingDocuments } from './types.js';
import type { Closure } from '../../store/records.js';
import type { CloseResult, CloseReview } from '../../../shared/api/close.js';

export interface CloseDeps {
  store: Store;
  documents: MeetingDocuments;
  events: DomainEventBus;
  audit: AuditService;
  meetings: MeetingService;
  outbox: Outbox;
}

async function insertOnce<N extends CollectionName>(store: Store, collection: N, doc: RecordOf<N>): Promise<void> {
  try {
    await store.collection(collection).insertOne(doc);
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
}

function resultOf(closure: Closure): CloseResult {
  return {
    meetingId: closure._id,
    status: 'closed',
    closedAt: closure.closedAt,
    closedBy: closure.closedBy,
    contentHash: closure.contentHash,
    actionIds: closure.actions.map((a) => a._id),
    agencyIds: closure.mail.map((m) => m.agencyId),
  };
}

export function closeService(deps: CloseDeps) {
  const { store, documents, events, audit, meetings, outbox } = deps;
  const closures = store.collection('closures');
  const meetingStore = store.collection('meetings');
  const inFlight = new Map<string, Promise<CloseResult>>();

  /** Step 4; every write is idempotent, so a crash anywhere here is repaired by running it again. */
  async function apply(closure: Closure, recovered: boolean): Promise<void> {
    documents.freezeMeeting(closure._id);
    for (const action of closure.actions) await insertOnce(store, 'actions', action);
    await meetingStore.updateOne(
      { _id: closure._id, status: { $ne: 'closed' } },
      { $set: { status: 'closed', closedAt: closure.closedAt, updatedAt: closure.closedAt } },
    );
    for (const mail of closure.mail) await outbox.enqueueAgencyList(closure._id, mail.agencyId, mail.to);
    await closures.updateOne({ _id: closure._id, state: 'committed' }, { $set: { state: 'applied', appliedAt: new Date().toISOString() } });
    await audit.record(closure.closedBy, 'meeting.close', 'meeting', closure._id, { actions: closure.actions.length, recovered });
    const meeting = await meetings.load(closure._id);
    events.emit('meeting:closed', meeting);
    events.emit('actions:changed', closure._id);
  }

  /** Re-applies every committed closure not yet applied. Runs at startup and before each close. */
  async function recover(): Promise<number> {
    const pending = await closures.find({ state: 'committed' });
    for (const closure of pending) await apply(closure, true);
    return pending.length;
  }

  async function close(user: PublicUser, meetingId: string): Promise<CloseResult> {
    await recover();
    const meeting = await meetings.load(meetingId);
    const existing = await closures.findOne({ _id: meetingId });
    if (existing) return resultOf(existing);
    if (meeting.status === 'closed') throw new Conflict('The meeting is closed but has no stored record');

    documents.freezeMeeting(meetingId);
    let closure: Closure;
    try {
      await documents.flush();
      closure = await buildClosure(store, documents, meeting, user._id, new Date().toISOString());
      await pauseForTest('before-commit');
    } catch (err) {
      // Nothing is committed: the meeting stays live, so its documents must become writable again.
      documents.unfreezeMeeting(meetingId);
      throw err;
    }
    try {
      await closures.insertOne(closure);
    } catch (err) {
      // Another process committed first: its closure is the one.
      if (!(err instanceof DuplicateKeyError)) throw err;
      const winner = (await closures.findOne({ _id: meetingId }))!;
      if (winner.state === 'committed') await apply(winner, false);
      return resultOf(winner);
    }
    await pauseForTest('after-commit');
    await apply(closure, false);
    return resultOf(closure);
  }

  return {
    recover,
    /** Closes the meeting, or returns the result of the close that already happened. */
    async closeMeeting(user: PublicUser, meetingId: string): Promise<CloseResult> {
      const meeting = await meetings.load(meetingId);
      if (!isMeetingChair(user, meeting)) throw new Forbidden('Only the chair can close the meeting');
      const running = inFlight.get(meetingId);
      if (running) return running;
      const promise = close(user, meetingId).finally(() => inFlight.delete(meetingId));
      inFlight.set(meetingId, promise);
      return promise;
    },
    async getClosure(meetingId: string): Promise<Closure | null> {
      return closures.findOne({ _id: meetingId, state: 'applied' });
    },
    /** What the chair sees before confirming: incomplete actions and the red flags still open. */
    /** The review without who may hold unsent changes: the route adds them (they are connections, not documents). */
    async review(user: PublicUser, meetingId: string): Promise<Omit<CloseReview, 'unsent'>> {
      const meeting = await meetings.load(meetingId);
      if (!isMeetingChair(user, meeting)) throw new Forbidden('Only the chair can close the meeting');
      // The meeting document's standing actions and every case document's actions.
      const { actions, personIds } = await readLiveMeeting(documents, meeting);
      const people = await store.collection('people').find({ _id: { $in: personIds } });
      const releaseOf = new Map(people.map((p) => [p._id, p.releaseDate ?? null]));
      const today = ukToday();
      const trackedActions = await trackedActionsForFlags(store, meeting);
      const redFlags = [];
      for (const personId of personIds) {
        const caseView = await documents.read(caseDocName(meetingId, personId), readCase);
        const flags = computeRedFlags({ person: { id: personId, releaseDate: releaseOf.get(personId) }, caseView, actions, today, trackedActions });
        if (flags.length) redFlags.push({ personId, flags });
      }
      const brief = (a: (typeof actions)[number]) => ({ id: a.id, text: a.text, agencyId: a.agencyId });
      return {
        meetingId,
        status: meeting.status,
        actionCount: actions.length,
        withoutOwner: actions.filter((a) => !a.owner?.trim()).map(brief),
        withoutDueDate: actions.filter((a) => !resolveDueDate(a, a.personId ? releaseOf.get(a.personId) : null)).map(brief),
        redFlags,
      };
    },
  };
}
