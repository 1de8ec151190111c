// Custody episodes and recalls of one person: listed for whoever may read the person, added and changed only by whoever
// may change the custody fields (policy 'person:custody-episodes'), never two at once (their times may not overlap).
// A recorded custody-status change moves them too (releaseChanges.ts stores the move on its event; applyMove() here
// carries it out, safely repeated after a crash).
import { randomUUID } from 'node:crypto';
import type { CustodyEpisode, CustodyEpisodeInput, CustodyEpisodesView } from '../../shared/domain/custodyEpisodes.js';
import type { EpisodeMoveRecord } from '../../shared/domain/personEvents.js';
import type { PublicUser } from '../../shared/domain/records.js';
import { ukDate } from '../../shared/format.js';
import { overlappingEpisode } from '../../shared/logic/custodyEpisodes.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import { can } from '../policy/index.js';
import { DuplicateKeyError, type Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import type { PersonService } from './people.js';

interface CustodyEpisodeDeps {
  store: Store;
  people: PersonService;
  audit: AuditService;
}

const NEWEST_FIRST = { startDate: -1, createdAt: -1 } as const;

export function custodyEpisodeService({ store, people, audit }: CustodyEpisodeDeps) {
  const episodes = store.collection('custodyEpisodes');

  /** The person (404), read by this user (403), with whether they may change the episodes. */
  async function access(user: PublicUser, personId: string) {
    const person = await people.getFor(user, personId);
    return { person, canEdit: can(user, 'person:custody-episodes', await people.subjectFor(user, person)) };
  }

  async function requireEditor(user: PublicUser, personId: string) {
    const { person, canEdit } = await access(user, personId);
    if (!canEdit) throw new Forbidden("Only the lead agency, a chair of one of the person's panels or an administrator can add or change custody episodes and recalls");
    return person;
  }

  async function refuseOverlap(personId: string, episode: CustodyEpisodeInput & { _id?: string }): Promise<void> {
    const clash = overlappingEpisode(episode, await episodes.find({ personId }));
    if (!clash) return;
    const until = clash.endDate ? `to ${ukDate(clash.endDate)}` : 'with no end date yet';
    throw new Conflict(`This overlaps the custody episode from ${ukDate(clash.startDate)} ${until}: give that episode its end date first, or change these dates`);
  }

  /** Without undefined or empty optional fields, so a cleared end date or prison is stored as absent. */
  function clean(input: CustodyEpisodeInput): CustodyEpisodeInput {
    return {
      type: input.type,
      startDate: input.startDate,
      ...(input.type === 'recall' && input.recallType ? { recallType: input.recallType } : {}),
      ...(input.endDate ? { endDate: input.endDate } : {}),
      ...(input.prison ? { prison: input.prison } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    };
  }

  return {
    async listFor(user: PublicUser, personId: string): Promise<CustodyEpisodesView> {
      const { person, canEdit } = await access(user, personId);
      return { items: await episodes.find({ personId: person._id }, { sort: NEWEST_FIRST }), canEdit };
    },

    /** Without a permission check: for the chronology, which decided already. */
    listOf(personId: string): Promise<CustodyEpisode[]> {
      return episodes.find({ personId }, { sort: NEWEST_FIRST });
    },

    async add(user: PublicUser, personId: string, input: CustodyEpisodeInput): Promise<CustodyEpisode> {
      const person = await requireEditor(user, personId);
      const fields = clean(input);
      await refuseOverlap(person._id, fields);
      const episode: CustodyEpisode = {
        ...fields,
        _id: randomUUID(),
        personId: person._id,
        createdAt: new Date().toISOString(),
        createdBy: user._id,
        createdByName: user.displayName,
      };
      await episodes.insertOne(episode);
      // The kind and dates, never the reason's words.
      await audit.record(user._id, 'person.custody-episode-add', 'person', person._id, { episodeId: episode._id, type: episode.type, startDate: episode.startDate });
      return episode;
    },

    async change(user: PublicUser, personId: string, episodeId: string, input: CustodyEpisodeInput): Promise<CustodyEpisode> {
      const person = await requireEditor(user, personId);
      const before = await episodes.findOne({ _id: episodeId, personId: person._id });
      if (!before) throw new NotFound('Custody episode');
      const fields = clean(input);
      await refuseOverlap(person._id, { ...fields, _id: episodeId });
      const unset = Object.fromEntries((['recallType', 'endDate', 'prison', 'reason'] as const).filter((key) => !(key in fields)).map((key) => [key, true as const]));
      const changed = await episodes.findOneAndUpdate(
        { _id: episodeId, personId: person._id },
        { $set: { ...fields, updatedAt: new Date().toISOString(), updatedBy: user._id }, ...(Object.keys(unset).length ? { $unset: unset } : {}) },
      );
      if (!changed) throw new NotFound('Custody episode');
      const fieldsChanged = (['type', 'recallType', 'startDate', 'endDate', 'prison', 'reason'] as const).filter((key) => (before[key] ?? null) !== (changed[key] ?? null));
      await audit.record(user._id, 'person.custody-episode-change', 'person', person._id, { episodeId, fields: fieldsChanged });
      return changed;
    },

    /** The open episode (no end date) a custody-status change would end, if any. */
    async openEpisodeOf(personId: string): Promise<CustodyEpisode | null> {
      const open = (await episodes.find({ personId }, { sort: NEWEST_FIRST })).filter((e) => !e.endDate);
      return open[0] ?? null;
    },

    /** Carries out a custody-status change's move: ends the open episode, opens the new one. Safe to repeat. */
    async applyMove(personId: string, changeId: string, move: EpisodeMoveRecord): Promise<void> {
      if (move.closeId)
        await episodes.updateOne(
          { _id: move.closeId, personId, endDate: { $exists: false } },
          { $set: { endDate: move.date, closedByChangeId: changeId, updatedAt: new Date().toISOString() } },
        );
      if (move.open && !(await episodes.findOne({ _id: move.open._id }))) {
        try {
          await episodes.insertOne({ ...move.open, personId, openedByChangeId: changeId });
        } catch (err) {
          if (!(err instanceof DuplicateKeyError)) throw err;
        }
      }
    },
  };
}
export type CustodyEpisodeService = ReturnType<typeof custodyEpisodeService>;
