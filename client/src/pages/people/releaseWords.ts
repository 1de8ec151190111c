// The words for a person's release date, following their custody status: "Due for release in 9 days"
// while the date is ahead, "Released 3 days ago" once it has passed. A future date is never "released".
import { ukToday } from '../../../../shared/logic/ukToday';

const DAY_MS = 86_400_000;

/** Statuses where the person is (or should be) in prison: on the day itself they are still due for release. */
const IN_CUSTODY = new Set(['remand', 'sentenced', 'recalled', 'unlawfully-at-large', 'in-custody']);

export type ReleaseTone = 'released' | 'this-week' | 'within-four-weeks' | 'later';

export interface ReleaseWords {
  text: string;
  tone: ReleaseTone;
  /** Whole days from the UK today to the release date: negative once it has passed. */
  days: number;
}

function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

const dayCount = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** The release words for a date and custody status, as of the UK today (or the given date). */
export function releaseWords(releaseDate: string, custodyStatus?: string, today: string = ukToday()): ReleaseWords {
  const days = daysFrom(today, releaseDate);
  if (days < 0) return { text: `Released ${dayCount(-days)} ago`, tone: 'released', days };
  if (days === 0) {
    const stillInside = custodyStatus === undefined || IN_CUSTODY.has(custodyStatus);
    return stillInside ? { text: 'Due for release today', tone: 'this-week', days } : { text: 'Released today', tone: 'released', days };
  }
  const text = days === 1 ? 'Due for release tomorrow' : `Due for release in ${dayCount(days)}`;
  return { text, tone: days <= 7 ? 'this-week' : days <= 28 ? 'within-four-weeks' : 'later', days };
}
