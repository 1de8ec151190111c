// The words for a person's release date, following their custody status and what the lead agency confirmed:
// "Due for release in 9 days" while the date is ahead, "Released 3 days ago" once it has passed and the person is
// out. A future date is never "released", and neither is a passed date while the person is on remand, recalled or
// unlawfully at large, or when the release was confirmed not to have happened.
import type { ReleaseOutcome } from '../domain/firstDays.js';
import { CUSTODY_WORDS } from '../domain/chronologyWords.js';
import { daysBetween } from './dueDates.js';
import { ukToday } from './ukToday.js';

/** Statuses where the person is (or should be) in prison: on the day itself they are still due for release. */
const IN_CUSTODY = new Set(['remand', 'sentenced', 'recalled', 'unlawfully-at-large', 'in-custody']);
/** Statuses that say the person is not out, whatever the release date says. */
const NOT_OUT = new Set(['remand', 'recalled', 'unlawfully-at-large']);

export type ReleaseTone = 'released' | 'not-released' | 'this-week' | 'within-four-weeks' | 'later';

export interface ReleaseWords {
  text: string;
  tone: ReleaseTone;
  /** Whole days from the UK today to the release date: negative once it has passed. */
  days: number;
}

const dayCount = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export interface ReleaseWordsOptions {
  /** The lead agency's confirmation of what happened on this release date, when recorded. */
  outcome?: ReleaseOutcome | null;
  /** The UK date to count from (YYYY-MM-DD); today by default. */
  today?: string;
}

/** The release words for a date and custody status, as of the UK today (or the given date). */
export function releaseWords(releaseDate: string, custodyStatus?: string, options: ReleaseWordsOptions | string = {}): ReleaseWords {
  const { outcome, today = ukToday() } = typeof options === 'string' ? { today: options } : options;
  const days = daysBetween(today, releaseDate.slice(0, 10));
  if (days <= 0 && outcome === 'not-released') {
    const text = days === 0 ? 'Release did not happen today' : `Release did not happen: it was due ${dayCount(-days)} ago`;
    return { text, tone: 'not-released', days };
  }
  if (days < 0 && custodyStatus && NOT_OUT.has(custodyStatus)) {
    return { text: `Release date passed ${dayCount(-days)} ago; ${CUSTODY_WORDS[custodyStatus]}`, tone: 'not-released', days };
  }
  if (days < 0) return { text: `Released ${dayCount(-days)} ago`, tone: 'released', days };
  if (days === 0) {
    const stillInside = custodyStatus === undefined || IN_CUSTODY.has(custodyStatus);
    return stillInside ? { text: 'Due for release today', tone: 'this-week', days } : { text: 'Released today', tone: 'released', days };
  }
  const text = days === 1 ? 'Due for release tomorrow' : `Due for release in ${dayCount(days)}`;
  return { text, tone: days <= 7 ? 'this-week' : days <= 28 ? 'within-four-weeks' : 'later', days };
}
