// An action's due date in words: an absolute date, or days before / after the release (with the date
// it falls on when the release date is known).
import { resolveDueDate } from '../../../../shared/logic/dueDates';
import { formatDate } from '../../format';
import type { LiveAction } from '../../../../shared/domain/actions';

/** `previousReleaseDate`: the release date before the last recorded change, so a moved date says what it was. */
export function describeDue(action: Pick<LiveAction, 'dueDate' | 'dueRelativeDays'>, releaseDate?: string | null, previousReleaseDate?: string | null): string {
  if (action.dueDate) return formatDate(action.dueDate);
  const days = action.dueRelativeDays;
  if (days === undefined || days === null) return 'No due date';
  const count = Math.abs(days) === 1 ? '1 day' : `${Math.abs(days)} days`;
  const words = days === 0 ? 'On the day of release' : days < 0 ? `${count} before release` : `${count} after release`;
  const resolved = resolveDueDate(action, releaseDate);
  const before = previousReleaseDate !== undefined ? resolveDueDate(action, previousReleaseDate) : undefined;
  const was = before !== undefined && before !== resolved ? `; was ${before ? formatDate(before) : 'no date'}` : '';
  return resolved ? `${words} (${formatDate(resolved)}${was})` : was ? `${words} (${was.slice(2)})` : words;
}
