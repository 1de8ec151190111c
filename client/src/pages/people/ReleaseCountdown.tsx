import type { ReleaseOutcome } from '../../../../shared/domain/firstDays';
import { releaseWords, type ReleaseTone } from '../../../../shared/logic/releaseWords';

const TONE_CLASS: Record<ReleaseTone, string> = {
  released: 'govuk-tag--grey',
  'not-released': 'govuk-tag--red',
  'this-week': 'govuk-tag--red',
  'within-four-weeks': 'govuk-tag--yellow',
  later: 'govuk-tag--blue',
};

interface Props {
  releaseDate: string;
  custodyStatus?: string;
  /** What the lead agency confirmed happened on this release date, when known. */
  outcome?: ReleaseOutcome | null;
  compact?: boolean;
}

/**
 * "Due for release in 5 days" or "Released 3 days ago" (releaseWords), with urgency colours: red inside the
 * first-week window and when a passed release did not happen, yellow within four weeks.
 */
export function ReleaseCountdown({ releaseDate, custodyStatus, outcome, compact = false }: Props) {
  const { text, tone } = releaseWords(releaseDate, custodyStatus, { outcome });
  return <strong className={`govuk-tag ${TONE_CLASS[tone]}${compact ? ' roundtable-tag-compact' : ''}`}>{text}</strong>;
}
