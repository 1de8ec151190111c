// An action's due date in words: an absolute date, or days before / after the release.
import type { ActionFields } from '../../../shared/live/layout';
import { formatDate } from '../format';

export function describeDue(action: Pick<ActionFields, 'dueDate' | 'dueRelativeDays'>): string {
  if (action.dueDate) return formatDate(action.dueDate);
  const days = action.dueRelativeDays;
  if (days === undefined || days === null) return 'No due date';
  if (days === 0) return 'On the day of release';
  const count = Math.abs(days) === 1 ? '1 day' : `${Math.abs(days)} days`;
  return days < 0 ? `${count} before release` : `${count} after release`;
}
