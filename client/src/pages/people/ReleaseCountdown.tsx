import { daysUntil, plural } from '../../format';

/** "Released in 5 days" with urgency colours: red inside the first-week window, yellow within four weeks. */
export function ReleaseCountdown({ releaseDate, compact = false }: { releaseDate: string; compact?: boolean }) {
  const days = daysUntil(releaseDate);
  let text: string;
  if (days === 0) text = 'Release day is today';
  else if (days === 1) text = 'Released tomorrow';
  else if (days > 1) text = `Released in ${plural(days, 'day')}`;
  else text = `Released ${plural(-days, 'day')} ago`;
  const colour = days < 0 ? 'govuk-tag--grey' : days <= 7 ? 'govuk-tag--red' : days <= 28 ? 'govuk-tag--yellow' : 'govuk-tag--blue';
  return <strong className={`govuk-tag ${colour}${compact ? ' roundtable-tag-compact' : ''}`}>{text}</strong>;
}
