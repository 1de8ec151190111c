// Release-date and custody-status changes as recorded events. A change is stored first (the events), then applied:
// the person record, the release-relative due dates of open tracked actions, then everyone concerned is told once
// (notification centre: in the app and by e-mail) and open rooms about the person are asked to refresh. A change
// stopped part-way (a crash) is finished by recover() at start-up; the notifications' dedupe keys make that safe.
import { randomUUID } from 'node:crypto';
import { CUSTODY_WORDS } from '../../shared/domain/chronologyWords.js';
import type { EpisodeMoveRecord, PersonEvent, ReleaseChangeInput, ReleaseChangeResult, EventField } from '../../shared/domain/personEvents.js';
import type { Person, PublicUser } from '../../shared/domain/records.js';
import { personRecordProblems } from '../../shared/domain/schemas.js';
import { ukLongDate } from '../../shared/format.js';
import { episodeMoveFor } from '../../shared/logic/custodyEpisodes.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { movedDueDates, releaseChangeMessage, releaseChangeRecipients } from '../../shared/logic/releaseChange.js';
import { Conflict, Forbidden, Invalid } from '../errors.js';
import type { Logger } from '../logger.js';
import { authorize, can } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import type { DomainEventBus } from './events.js';
import type { NotificationService } from './notifications.js';
import type { PersonService } from './people.js';
import type { CustodyEpisodeService } from './custodyEpisodes.js';
import { OPEN_ACTION_STATUSES } from '../../shared/domain/actionStatus.js';

export interface ReleaseChangeDeps {
  store: Store;
  people: PersonService;
  custodyEpisodes: CustodyEpisodeService;
  notifications: NotificationService;
  audit: AuditService;
  events: DomainEventBus;
  logger?: Logger;
}

export function releaseChangeService({ store, people, custodyEpisodes, notifications, audit, events, logger }: ReleaseChangeDeps) {
  const personEvents = store.collection('personEvents');
  const actions = store.collection('actions');
  const persons = store.collection('people');
  const users = store.collection('users');
  const agencies = store.collection('agencies');
  const meetings = store.collection('meetings');

  const describe = (field: EventField, value: string | null) =>
    value === null ? 'not set' : field === 'releaseDate' ? ukLongDate(value) : (CUSTODY_WORDS[value] ?? value);

  /** Applies, tells and marks one change (its events share the changeId). Safe to repeat. */
  async function finish(changeEvents: PersonEvent[]): Promise<number> {
    const [first] = changeEvents;
    const person = await persons.findOne({ _id: first.personId });
    if (!person) return 0;
    const at = new Date().toISOString();
    if (changeEvents.some((e) => !e.appliedAt)) {
      const set: Record<string, unknown> = { updatedAt: at };
      for (const e of changeEvents) set[e.field] = e.new;
      await persons.updateOne({ _id: person._id }, { $set: set });
      for (const moved of changeEvents.flatMap((e) => e.movedActions ?? []))
        await actions.updateOne(
          { _id: moved.actionId },
          { $set: { dueDate: moved.to, previousDueDate: moved.from, dueDateMovedAt: first.at, dueDateChangeId: first.changeId, updatedAt: at } },
        );
      for (const e of changeEvents) if (e.episodeMove) await custodyEpisodes.applyMove(person._id, e.changeId, e.episodeMove);
      for (const e of changeEvents) await personEvents.updateOne({ _id: e._id }, { $set: { appliedAt: at } });
    }
    try {
      return await tell(changeEvents, person);
    } finally {
      // Open rooms about the person re-read them (after the notifications exist, so their unread counts agree).
      const live = await meetings.find({ status: { $in: ['scheduled', 'live'] }, 'agenda.personId': person._id });
      events.emit('person:changed', { personId: person._id, meetingIds: live.map((m) => m._id) });
      // Rooms that review the moved actions re-read them, so their due dates, "was" dates and overdue flags follow:
      // the meetings that agreed them (the review passes it on to its panel's open meetings) and the person's rooms.
      const movedIds = changeEvents.flatMap((e) => e.movedActions ?? []).map((m) => m.actionId);
      if (movedIds.length) {
        const origins = (await actions.find({ _id: { $in: movedIds } })).map((a) => a.meetingId);
        for (const meetingId of new Set([...origins, ...live.map((m) => m._id)])) events.emit('actions:changed', meetingId);
      }
    }
  }

  async function tell(changeEvents: PersonEvent[], person: Person): Promise<number> {
    const [first] = changeEvents;
    const open = await actions.find({ personId: person._id, status: { $in: [...OPEN_ACTION_STATUSES] } });
    const agencyIds = [...new Set([person.leadAgencyId, ...(person.caseTeamAgencyIds ?? []), ...open.map((a) => a.agencyId)].filter((id): id is string => !!id))];
    const candidates = await users.find({ agencyId: { $in: agencyIds } });
    const userIds = releaseChangeRecipients(person, open, candidates);
    const byAgency = await agencies.findOne({ _id: first.byAgencyId });
    const { title, body } = releaseChangeMessage(changeEvents, person.caseReference, byAgency?.name ?? 'their agency', CUSTODY_WORDS);
    const result = await notifications.notify({
      userIds,
      kind: 'release-change',
      title,
      body,
      link: `/people/${person._id}`,
      personId: person._id,
      dedupeKey: `release-change:${first.changeId}`,
    });
    for (const e of changeEvents)
      await personEvents.updateOne({ _id: e._id }, { $set: { notifiedAt: new Date().toISOString(), notifiedCount: result.recipients.length } });
    return result.recipients.length;
  }

  /** What the custody-status change does to the custody episodes, on the UK day it is recorded. */
  async function episodeMoveOf(user: PublicUser, person: Person, from: string | null, to: string, input: ReleaseChangeInput, at: string): Promise<EpisodeMoveRecord | undefined> {
    const move = episodeMoveFor(from, to);
    const date = ukToday(new Date(at));
    const current = move.closeOpen ? await custodyEpisodes.openEpisodeOf(person._id) : null;
    const closeId = current && current.startDate <= date ? current._id : undefined;
    if (!closeId && !move.open) return undefined;
    const open = move.open
      ? {
          _id: randomUUID(),
          type: move.open,
          startDate: date,
          ...(move.open === 'recall' && input.recallType ? { recallType: input.recallType } : {}),
          ...(person.prison ? { prison: person.prison } : {}),
          reason: input.reason,
          createdAt: at,
          createdBy: user._id,
          createdByName: user.displayName,
        }
      : undefined;
    return { date, ...(closeId ? { closeId } : {}), ...(open ? { open } : {}) };
  }

  return {
    /** Records a change of release date and/or custody status, applies it and tells everyone concerned. */
    async record(user: PublicUser, personId: string, input: ReleaseChangeInput): Promise<ReleaseChangeResult> {
      const person = await people.load(personId);
      const subject = await people.subjectFor(user, person);
      authorize(user, 'person:read', subject);
      if (!can(user, 'person:release-change', subject))
        throw new Forbidden("Only the lead agency, a chair of one of the person's panels or an administrator can change the release date or custody status");
      const changes: { field: EventField; old: string | null; new: string | null }[] = [];
      if (input.releaseDate !== undefined && input.releaseDate !== (person.releaseDate ?? null))
        changes.push({ field: 'releaseDate', old: person.releaseDate ?? null, new: input.releaseDate });
      if (input.custodyStatus !== undefined && input.custodyStatus !== person.custodyStatus)
        changes.push({ field: 'custodyStatus', old: person.custodyStatus ?? null, new: input.custodyStatus });
      if (changes.length === 0) {
        const what = input.releaseDate !== undefined ? `the release date is already ${describe('releaseDate', input.releaseDate)}` : `the custody status is already ${describe('custodyStatus', input.custodyStatus ?? null)}`;
        throw new Conflict(`Nothing to change: ${what}`);
      }
      const after = { ...person, ...Object.fromEntries(changes.map((c) => [c.field, c.new])) };
      const problems = personRecordProblems(after);
      if (problems.length) throw new Invalid(problems.map((p) => p.message).join('; '), problems);

      const at = new Date().toISOString();
      const changeId = randomUUID();
      const releaseChange = changes.find((c) => c.field === 'releaseDate');
      const open = releaseChange ? await actions.find({ personId, status: { $in: [...OPEN_ACTION_STATUSES] } }) : [];
      const moved = releaseChange ? movedDueDates(open, releaseChange.new) : [];
      const custodyChange = changes.find((c) => c.field === 'custodyStatus');
      const episodeMove = custodyChange ? await episodeMoveOf(user, person, custodyChange.old, custodyChange.new!, input, at) : undefined;
      const recorded: PersonEvent[] = changes.map((c) => ({
        _id: randomUUID(),
        personId,
        kind: 'release-change',
        changeId,
        field: c.field,
        old: c.old,
        new: c.new,
        type: input.type,
        reason: input.reason,
        source: input.source,
        by: user._id,
        byName: user.displayName,
        byAgencyId: user.agencyId,
        at,
        ...(c.field === 'releaseDate' ? { movedActions: moved } : {}),
        ...(c.field === 'custodyStatus' && episodeMove ? { episodeMove } : {}),
      }));
      // The commit point: once the events are stored, the change happens (recover() finishes it after a crash).
      await personEvents.insertMany(recorded);
      await audit.record(user._id, 'person.release-change', 'person', personId, {
        changeId,
        type: input.type,
        source: input.source,
        changes,
        movedActions: moved.map((m) => ({ actionId: m.actionId, from: m.from, to: m.to })),
        ...(episodeMove ? { episodeMove: { closeId: episodeMove.closeId, openId: episodeMove.open?._id, type: episodeMove.open?.type } } : {}),
      });
      const notified = await finish(recorded);
      return { events: await personEvents.find({ changeId }, { sort: { field: -1 } }), notified };
    },

    /** The person's recorded changes, newest first: for whoever may read the person. */
    async listFor(user: PublicUser, personId: string): Promise<PersonEvent[]> {
      await people.getFor(user, personId);
      return personEvents.find({ personId }, { sort: { at: -1, field: -1 } });
    },

    /** Without a permission check: for the chronology and exports that decided already. */
    listOf(personId: string): Promise<PersonEvent[]> {
      return personEvents.find({ personId }, { sort: { at: -1, field: -1 } });
    },

    /** At start-up: finishes changes recorded but not yet applied or told (the process stopped in between). */
    async recover(): Promise<number> {
      const pending = await personEvents.find({ notifiedAt: { $exists: false } });
      const byChange = new Map<string, PersonEvent[]>();
      for (const e of pending) byChange.set(e.changeId, [...(byChange.get(e.changeId) ?? []), e]);
      for (const group of byChange.values()) {
        // The whole change, including any event already marked, so the message describes all of it.
        const all = await personEvents.find({ changeId: group[0].changeId });
        await finish(all).catch((err: unknown) => logger?.error({ err: (err as Error).message, changeId: group[0].changeId }, 'finishing a release change failed'));
      }
      return byChange.size;
    },
  };
}
