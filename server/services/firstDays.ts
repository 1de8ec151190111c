// The first days after release, kept on the person between meetings: the lead agency's confirmation of what
// happened on release day (history kept; the latest for the current release date counts) and the day-1
// itinerary the agencies on the case share and print for the person. Need-to-know is the policy's.
import { randomUUID } from 'node:crypto';
import { sortItinerary, type ItineraryInput, type ItineraryView, type ReleaseConfirmation, type ReleaseConfirmationInput, type ReleaseConfirmationView } from '../../shared/domain/firstDays.js';
import type { Person, PublicUser } from '../../shared/domain/records.js';
import { RELEASE_OUTCOME_LABELS } from '../../shared/domain/firstDays.js';
import { ukLongDate } from '../../shared/format.js';
import { isIsoDate } from '../../shared/logic/dueDates.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { Conflict, Invalid } from '../errors.js';
import { authorize, can } from '../policy/index.js';
import type { FirstDaysSubject } from '../policy/firstDays.js';
import type { Store } from '../store/port.js';
import type { PersonService } from './people.js';

export function firstDaysService(store: Store, people: PersonService, now: () => Date = () => new Date()) {
  const confirmations = store.collection('releaseConfirmations');
  const itineraries = store.collection('itineraries');
  const panels = store.collection('panels');
  const agencies = store.collection('agencies');

  async function subjectOf(person: Person): Promise<FirstDaysSubject> {
    return { person, panels: person.panelIds?.length ? await panels.find({ _id: { $in: person.panelIds } }) : [] };
  }

  async function confirmationsOf(person: Person): Promise<ReleaseConfirmationView['items']> {
    return confirmations.find({ personId: person._id }, { sort: { recordedAt: -1 }, limit: 50 });
  }

  /** The latest confirmation that answers the person's current release date (what red flags read). */
  function latestFor(person: Person, items: ReleaseConfirmation[]): ReleaseConfirmation | null {
    return items.find((item) => item.releaseDate === person.releaseDate) ?? null;
  }

  const users = store.collection('users');

  return {
    /**
     * Who is told when a release did not go as planned (not met at the gate, or did not happen): every active user
     * of the agencies on the case but the one who recorded it. The message names the person by case reference only.
     */
    async outcomeNotice(confirmation: ReleaseConfirmation): Promise<{ userIds: string[]; title: string; body: string } | null> {
      if (confirmation.outcome === 'released-met') return null;
      const person = await people.load(confirmation.personId);
      const agencyIds = [...new Set([person.leadAgencyId, ...(person.caseTeamAgencyIds ?? [])].filter((id): id is string => !!id))];
      const team = agencyIds.length ? await users.find({ agencyId: { $in: agencyIds } }) : [];
      const userIds = team.filter((u) => !u.disabled && u.role !== 'guest' && u._id !== confirmation.recordedBy).map((u) => u._id);
      const agency = await agencies.findOne({ _id: confirmation.agencyId });
      const what = confirmation.outcome === 'not-released' ? 'Release did not happen' : 'Released, not met at the gate';
      const follow = confirmation.outcome === 'not-released' ? 'The lead agency will record the new release date.' : 'Check the first appointments of the day-1 itinerary.';
      return {
        userIds,
        title: `${what}: case ${person.caseReference}`,
        body: `Case ${person.caseReference}: ${RELEASE_OUTCOME_LABELS[confirmation.outcome].toLowerCase()} (release date ${ukLongDate(confirmation.releaseDate)}, ${confirmation.time}), recorded by ${agency?.name ?? 'the lead agency'}. ${follow}`,
      };
    },

    async confirmationsFor(user: PublicUser, personId: string): Promise<ReleaseConfirmationView> {
      const person = await people.getFor(user, personId);
      const items = await confirmationsOf(person);
      return { latest: latestFor(person, items), items, canConfirm: can(user, 'release:confirm', await subjectOf(person)) };
    },

    /** On or after the release date, and not in the future: what happened, the day and the time. */
    async confirm(user: PublicUser, personId: string, input: ReleaseConfirmationInput): Promise<ReleaseConfirmation> {
      const person = await people.getFor(user, personId);
      authorize(user, 'release:confirm', await subjectOf(person));
      const release = person.releaseDate;
      if (!isIsoDate(release)) throw new Conflict('This person has no release date to confirm');
      const today = ukToday(now());
      if (today < release) throw new Conflict(`The release can be confirmed on or after the release date (${ukLongDate(release)})`);
      const date = input.date ?? today;
      if (date < release || date > today)
        throw new Invalid(`The day must be between the release date (${ukLongDate(release)}) and today`, [{ field: 'date', message: 'The day must be between the release date and today' }]);
      const record: ReleaseConfirmation = {
        _id: randomUUID(),
        personId: person._id,
        releaseDate: release,
        outcome: input.outcome,
        date,
        time: input.time,
        ...(input.note ? { note: input.note } : {}),
        recordedBy: user._id,
        recordedByName: user.displayName,
        agencyId: user.agencyId,
        recordedAt: now().toISOString(),
      };
      await confirmations.insertOne(record);
      return record;
    },

    async itineraryFor(user: PublicUser, personId: string): Promise<ItineraryView> {
      const person = await people.getFor(user, personId);
      const subject = await subjectOf(person);
      authorize(user, 'itinerary:read', subject);
      const doc = await itineraries.findOne({ _id: person._id });
      const entries = sortItinerary(doc?.entries ?? []);
      const agencyIds = [...new Set(entries.flatMap((entry) => (entry.agencyId ? [entry.agencyId] : [])))];
      const names = new Map((agencyIds.length ? await agencies.find({ _id: { $in: agencyIds } }) : []).map((agency) => [agency._id, agency.name]));
      return {
        personId: person._id,
        firstName: person.name.trim().split(/\s+/)[0] ?? '',
        releaseDate: isIsoDate(person.releaseDate) ? person.releaseDate : null,
        entries: entries.map((entry) => ({ ...entry, ...(entry.agencyId && names.has(entry.agencyId) ? { agencyName: names.get(entry.agencyId) } : {}) })),
        updatedAt: doc?.updatedAt ?? null,
        canEdit: can(user, 'itinerary:write', subject),
      };
    },

    /** Replaces the whole itinerary (the screen edits it as one list). */
    async saveItinerary(user: PublicUser, personId: string, input: ItineraryInput): Promise<{ count: number }> {
      const person = await people.getFor(user, personId);
      authorize(user, 'itinerary:write', await subjectOf(person));
      const agencyIds = [...new Set(input.entries.flatMap((entry) => (entry.agencyId ? [entry.agencyId] : [])))];
      if (agencyIds.length) {
        const known = new Set((await agencies.find({ _id: { $in: agencyIds } })).map((agency) => agency._id));
        const index = input.entries.findIndex((entry) => entry.agencyId && !known.has(entry.agencyId));
        if (index >= 0) throw new Invalid('Choose an agency from the list', [{ field: `entries.${index}.agencyId`, message: 'Choose an agency from the list' }]);
      }
      const entries = sortItinerary(input.entries);
      await itineraries.updateOne(
        { _id: person._id },
        { $set: { personId: person._id, entries, updatedBy: user._id, updatedAt: now().toISOString() } },
        { upsert: true },
      );
      return { count: entries.length };
    },
  };
}
