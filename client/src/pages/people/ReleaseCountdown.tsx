import { releaseWords, type ReleaseTone } from './releaseWords';

const TONE_CLASS: Record<ReleaseTone, string> = {
  released: 'govuk-tag--grey',
  'this-week': 'govuk-tag--red',
  'within-four-weeks': 'govuk-tag--yellow',
  later: 'govuk-tag--blue',
};

/**
 * "Due for release in 5 days" or "Released 3 days ago" (releaseWords), with urgency colours: red inside the
 * first-week window, yellow within four weeks.
 */
export function ReleaseCountdown({ releaseDate, custodyStatus, compact = false }: { releaseDate: string; custodyStatus?: string; compact?: boolean }) {
  const { text, tone } = releaseWords(releaseDate, custodyStatus);
  return <strong className={`govuk-tag ${TONE_CLASS[tone]}${compact ? ' roundtable-tag-compact' : ''}`}>{text}</strong>;
}
