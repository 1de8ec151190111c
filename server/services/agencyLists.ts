// One agency's action list for a closed meeting: derived from the frozen record, with the
// current status of its actions and its still-open actions from earlier meetings.
import type { PublicUser } from '../../shared/domain/records.js';
import { deriveAgencyList, toAgencyListLine } from '../../shared/logic/agencyList.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { authorize } from '../policy/index.js';
import type { Store } from '../store/port.js';
import { Conflict, NotFound } from '../errors.js';
import type { AgencyList } from '../../shared/domain/closedRecord.js';
import type { CaseContext } from '../../shared/domain/actions.js';
import { OPEN_ACTION_STATUSES } from '../../shared/domain/actionStatus.js';


export async function caseContexts(store: Store, personIds: (string | undefined)[]): Promise<Map<string, CaseContext>> {
  const ids = [...new Set(personIds.filter((id): id is string => !!id))];
  const people = ids.length ? await store.collection('people').find({ _id: { $in: ids } }) : [];
  return new Map(people.map((p) => [p._id, { personId: p._id, name: p.name, caseReference: p.caseReference, releaseDate: p.releaseDate ?? null }]));
}

export function agencyListService(store: Store) {
  const closures = store.collection('closures');
  const actions = store.collection('actions');
  const meetings = store.collection('meetings');
  const agencies = store.collection('agencies');

  /** The list without a permission check: for the outbox and for callers that checked already. */
  async function build(meetingId: string, agencyId: string): Promise<AgencyList> {
    const closure = await closures.findOne({ _id: meetingId, state: 'applied' });
    if (!closure) throw new Conflict('The meeting is not closed yet: agency lists are produced when it closes');
    const today = ukToday();
    const own = await actions.find({ meetingId, agencyId });
    const earlier = await actions.find({
      agencyId,
      meetingId: { $ne: meetingId },
      status: { $in: [...OPEN_ACTION_STATUSES] },
      meetingStartsAt: { $lt: closure.record.meeting.startsAt },
    });
    const contexts = await caseContexts(store, earlier.map((a) => a.personId));
    return deriveAgencyList(closure.record, agencyId, {
      today,
      current: new Map(
        own.map((a) => [
          a._id,
          { status: a.status, progressNotes: a.progressNotes, ...(a.dueDateMovedAt ? { moved: { dueDate: a.dueDate, previousDueDate: a.previousDueDate ?? null } } : {}) },
        ]),
      ),
      carriedOver: earlier.map((a) => toAgencyListLine(a, (a.personId && contexts.get(a.personId)) || null, today)),
    });
  }

  return {
    build,
    async listFor(user: PublicUser, meetingId: string, agencyId: string): Promise<AgencyList> {
      const meeting = await meetings.findOne({ _id: meetingId });
      if (!meeting) throw new NotFound('Meeting');
      if (!(await agencies.findOne({ _id: agencyId }))) throw new NotFound('Agency');
      authorize(user, 'agency-list:read', { meeting, agencyId });
      return build(meetingId, agencyId);
    },
  };
}
export type AgencyListService = ReturnType<typeof agencyListService>;
