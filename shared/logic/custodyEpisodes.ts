// How a recorded custody-status change moves the person's custody episodes: pure, so the server applies it and its tests
// check it alike. Going into custody (remand, sentence, recall) opens an episode of that type; coming out (licence, HDC,
// supervision, an order, diversion) ends the open one on the day of the change. A person unlawfully at large is still
// serving the episode they left. An episode already open ends where a new one starts (remand becomes a sentence).
import type { CustodyEpisodeType } from '../domain/custodyEpisodes.js';

const OPENS: Partial<Record<string, CustodyEpisodeType>> = {
  remand: 'remand',
  sentenced: 'sentence',
  'in-custody': 'sentence',
  recalled: 'recall',
};
const IN_THE_COMMUNITY = new Set(['on-licence', 'on-hdc', 'post-sentence', 'community-order', 'diversion']);

interface EpisodeMove {
  /** End the open episode (if any) on the day of the change. */
  closeOpen: boolean;
  /** Open an episode of this type, starting on the day of the change. */
  open?: CustodyEpisodeType;
}

export function episodeMoveFor(oldStatus: string | null | undefined, newStatus: string): EpisodeMove {
  const open = OPENS[newStatus];
  if (open && OPENS[oldStatus ?? ''] !== open) return { closeOpen: true, open };
  return { closeOpen: IN_THE_COMMUNITY.has(newStatus) };
}

interface DatedEpisode {
  _id: string;
  startDate: string;
  endDate?: string | null;
}

/**
 * Another episode whose time overlaps this one (an episode with no end runs on). Touching is allowed: a remand that
 * ends on the day a sentence starts.
 */
export function overlappingEpisode<E extends DatedEpisode>(episode: Omit<DatedEpisode, '_id'> & { _id?: string }, others: readonly E[]): E | undefined {
  const end = (e: { endDate?: string | null }) => e.endDate ?? '9999-12-31';
  return others.find((other) => other._id !== episode._id && other.startDate < end(episode) && episode.startDate < end(other));
}
