// One agency's action list for a closed meeting: derived from the frozen record, with the
// current status of its actions and its still-open actions from earlier meetings.
import type { Agency, Meeting, Person, PublicUser } from '../../shared/domain/records.js';
import {
  deriveAgencyList,
  OPEN_ACTION_STATUSES,
  toActionItem,
  type AgencyActionList,
  type CaseContext,
  type TrackedAction,
} from '../../shared/logic/agencyActions.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { authorize } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { Closure } from './close/types.js';
import { Conflict, NotFound } from '../errors.js';


export async function caseContexts(store: Store, personIds: (string | undefined)[]): Promise<Map<string, CaseContext>> {
  const ids = [...new Set(personIds.filter((id): id is string => !!id))];
  const people = ids.length ? await store.collection<Person>('people').find({ _id: { $in: ids } }) : [];
  return new Map(people.map((p) => [p._id, { personId: p._id, name: p.name, caseReference: p.caseReference, releaseDate: p.releaseDate ?? null }]));
}

export function agencyActionsService(store: Store) {
  const closures = store.collection<Closure>('closures');
  const actions = store.collection<TrackedAction>('actions');
  const meetings = store.collection<Meeting>('meetings');
  const agencies = store.collection<Agency>('agencies');

  /** The list without a permission check: for the outbox and for callers that checked already. */
  async function build(meetingId: string, agencyId: string): Promise<AgencyActionList> {
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
      current: new Map(own.map((a) => [a._id, { status: a.status, progressNotes: a.progressNotes }])),
      carriedOver: earlier.map((a) => toActionItem(a, (a.personId && contexts.get(a.personId)) || null, today)),
    });
  }

  return {
    build,
    async listFor(user: PublicUser, meetingId: string, agencyId: string): Promise<AgencyActionList> {
      const meeting = await meetings.findOne({ _id: meetingId });
      if (!meeting) throw new NotFound('Meeting');
      if (!(await agencies.findOne({ _id: agencyId }))) throw new NotFound('Agency');
      authorize(user, 'agency-list:read', { meeting, agencyId });
      return build(meetingId, agencyId);
    },
  };
}
export type AgencyActionsService = ReturnType<typeof agencyActionsService>;
