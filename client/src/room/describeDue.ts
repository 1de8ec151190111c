// An action's due date in words: an absolute date, or days before / after the release (with the date
// it falls on when the release date is known).
import type { ActionFields } from '../../../shared/live/layout';
import { resolveDueDate } from '../../../shared/logic/dueDates';
import { formatDate } from '../format';

export function describeDue(action: Pick<ActionFields, 'dueDate' | 'dueRelativeDays'>, releaseDate?: string | null): string {
  if (action.dueDate) return formatDate(action.dueDate);
  const days = action.dueRelativeDays;
  if (days === undefined || days === null) return 'No due date';
  const count = Math.abs(days) === 1 ? '1 day' : `${Math.abs(days)} days`;
  const words = days === 0 ? 'On the day of release' : days < 0 ? `${count} before release` : `${count} after release`;
  const resolved = resolveDueDate(action, releaseDate);
  return resolved ? `${words} (${formatDate(resolved)})` : words;
}
