// Person records under need-to-know: who sees a person (case team, panels, meetings about them), who may
// change which fields, and the people list filtered to what the user may see.
import type { Meeting, Person, PersonView, PublicUser } from '../../shared/domain/records.js';
import { currentCustodyStatus, personRecordProblems, type PersonInput } from '../../shared/domain/schemas.js';
import { EVENT_FIELDS } from '../../shared/domain/personEvents.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import { authorize, can, touchesProtectedFields } from '../policy/index.js';
import type { PersonSubject } from '../policy/people.js';
import type { Filter, Store } from '../store/port.js';
import { listPage, recordService, type PageRequest } from './records.js';

export function personService(store: Store) {
  const people = store.collection('people');
  const panels = store.collection('panels');
  const meetings = store.collection('meetings');
  const personEvents = store.collection('personEvents');
  const confirmations = store.collection('releaseConfirmations');
  const records = recordService<Person, PersonInput>(people, 'Person');

  /** Meetings about people that the user takes part in (chair, attendee or guest). */
  function meetingsOf(user: PublicUser, extra: Filter = {}): Promise<Meeting[]> {
    return meetings.find({ ...extra, $or: [{ chairId: user._id }, { attendeeIds: user._id }, { 'guests.userId': user._id }] });
  }

  async function subjectFor(user: PublicUser, person: Person): Promise<PersonSubject> {
    const [personPanels, about] = await Promise.all([
      person.panelIds?.length ? panels.find({ _id: { $in: person.panelIds } }) : Promise.resolve([]),
      meetingsOf(user, { 'agenda.personId': person._id }),
    ]);
    const takesPartInCase = about.some((meeting) => can(user, 'case:read', { meeting, personId: person._id }));
    return { person, panels: personPanels, takesPartInCase };
  }

  /** Stored records read with today's custody statuses (the old 'in-custody' reads as 'sentenced'). */
  async function load(id: string): Promise<Person> {
    const person = await people.findOne({ _id: id });
    if (!person) throw new NotFound('Person');
    return currentCustodyStatus(person);
  }

  /** Refuses a record whose fields do not fit together (e.g. a ViSOR reference without MAPPA); nothing is saved. */
  function checkRecord(person: Partial<PersonInput>): void {
    const problems = personRecordProblems(person);
    if (problems.length) throw new Invalid(problems.map((p) => p.message).join('; '), problems);
  }

  const agencies = store.collection('agencies');
  /** Refuses a lead agency, case-team agency or panel that does not exist (field by field); nothing is saved. */
  async function checkReferences(input: Partial<PersonInput>): Promise<void> {
    const problems: { field: string; message: string }[] = [];
    const missing = async (ids: string[], collection: { find(filter: object): Promise<{ _id: string }[]> }) => {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return false;
      return (await collection.find({ _id: { $in: unique } })).length !== unique.length;
    };
    if (input.leadAgencyId && (await missing([input.leadAgencyId], agencies))) problems.push({ field: 'leadAgencyId', message: 'Choose the lead agency from the list' });
    if (input.caseTeamAgencyIds && (await missing(input.caseTeamAgencyIds, agencies)))
      problems.push({ field: 'caseTeamAgencyIds', message: 'Choose the case team from the list of agencies' });
    if (input.panelIds && (await missing(input.panelIds, panels))) problems.push({ field: 'panelIds', message: 'Choose panels from the list' });
    if (problems.length) throw new Invalid(problems.map((p) => p.message).join('; '), problems);
  }

  /** The old 'in-custody' matches a filter on 'sentenced'. */
  function custodyFilter(filter: Filter): Filter {
    return filter.custodyStatus === 'sentenced' ? { ...filter, custodyStatus: { $in: ['sentenced', 'in-custody'] } } : filter;
  }

  /** The query that limits a list to people this user may see. */
  async function visibleFilter(user: PublicUser): Promise<Filter> {
    if (user.role === 'admin') return {};
    const chaired = await panels.find({ chairIds: user._id });
    const viaMeetings = new Set<string>();
    for (const meeting of await meetingsOf(user)) {
      for (const item of meeting.agenda) {
        if (item.personId && can(user, 'case:read', { meeting, personId: item.personId })) viaMeetings.add(item.personId);
      }
    }
    return {
      $or: [
        { leadAgencyId: user.agencyId },
        { caseTeamAgencyIds: user.agencyId },
        ...(chaired.length ? [{ panelIds: { $in: chaired.map((p) => p._id) } }] : []),
        ...(viaMeetings.size ? [{ _id: { $in: [...viaMeetings] } }] : []),
      ],
    };
  }

  return {
    /** Without a permission check: for services that decided already (demo seeding, exports). */
    load,
    /** What the policy needs to decide on this person for this user (e.g. 'person:release-change'). */
    subjectFor,
    create: records.create,

    async getFor(user: PublicUser, id: string): Promise<Person> {
      const person = await load(id);
      authorize(user, 'person:read', await subjectFor(user, person));
      return person;
    },

    /** One person with what this user may change (the screens show protected fields read-only otherwise). */
    async viewFor(user: PublicUser, id: string): Promise<PersonView> {
      const person = await load(id);
      const subject = await subjectFor(user, person);
      authorize(user, 'person:read', subject);
      const [[last], [confirmed]] = await Promise.all([
        personEvents.find({ personId: id, field: 'releaseDate' }, { sort: { at: -1 }, limit: 1 }),
        person.releaseDate ? confirmations.find({ personId: id, releaseDate: person.releaseDate }, { sort: { recordedAt: -1 }, limit: 1 }) : Promise.resolve([]),
      ]);
      return {
        ...person,
        canEdit: can(user, 'person:edit', subject),
        canEditProtected: can(user, 'person:edit-protected', subject),
        canSeeFirstDays: can(user, 'first-days:read', subject),
        canSeeItinerary: can(user, 'itinerary:read', subject),
        ...(last ? { lastReleaseChange: { old: last.old, new: last.new, at: last.at, type: last.type } } : {}),
        ...(confirmed ? { releaseOutcome: confirmed.outcome } : {}),
      };
    },

    async listFor(user: PublicUser, filter: Filter, page: PageRequest, sort: Record<string, 1 | -1>) {
      authorize(user, 'people:browse');
      const visible = await visibleFilter(user);
      const wanted = custodyFilter(filter);
      const query = Object.keys(visible).length ? { $and: [visible, wanted] } : wanted;
      const result = await listPage(people, query, page, sort);
      return { ...result, items: result.items.map(currentCustodyStatus) };
    },

    /**
     * Anyone who may create a person; their agency joins the case team so they keep seeing it, and leads the
     * case when no lead agency is given (so whoever adds a record can also correct its protected fields).
     */
    async createFor(user: PublicUser, input: PersonInput): Promise<Person> {
      authorize(user, 'person:create');
      checkRecord(input);
      await checkReferences(input);
      const team = new Set([...(input.caseTeamAgencyIds ?? []), user.agencyId]);
      return records.create({ ...input, leadAgencyId: input.leadAgencyId ?? user.agencyId, caseTeamAgencyIds: [...team] });
    },

    async updateFor(user: PublicUser, id: string, patch: Partial<PersonInput>): Promise<{ person: Person; before: Person }> {
      const before = await load(id);
      const subject = await subjectFor(user, before);
      authorize(user, 'person:read', subject);
      const protectedFields = touchesProtectedFields(patch);
      if (protectedFields.length > 0 && !can(user, 'person:edit-protected', subject)) {
        throw new Forbidden(`Only the lead agency, a chair of the person's panel or an administrator can change: ${protectedFields.join(', ')}`);
      }
      authorize(user, 'person:edit', subject);
      // Release date and custody status change only as recorded events (type, reason, source; everyone told).
      const silent = EVENT_FIELDS.filter((field) => field in patch && (patch[field] ?? null) !== (before[field] ?? null));
      if (silent.length > 0) {
        throw new Invalid(
          `The ${silent.map((f) => (f === 'releaseDate' ? 'release date' : 'custody status')).join(' and ')} can only be changed by recording the change with its type, reason and source (POST /api/people/${id}/release-changes, "Record a change" on the person's page)`,
        );
      }
      checkRecord({ ...before, ...patch });
      await checkReferences(patch);
      return { person: currentCustodyStatus(await records.update(id, patch)), before };
    },
  };
}
export type PersonService = ReturnType<typeof personService>;
