// The person page's custody episodes and recalls: each time in custody with its type (a recall with its kind), prison,
// start and end, and why. Whoever may change the custody fields adds and changes them on their own page.
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { describeEpisodeType } from '../../../../shared/domain/custodyEpisodes';
import { GovukTable } from '../../components/GovukTable';
import { LoadFailed } from '../../components/LoadFailed';
import { useApiData } from '../../components/useApiData';
import { formatDate } from '../../format';
import { personApi } from './personApi';

export function CustodyEpisodesSection({ personId }: { personId: string }) {
  const load = useCallback((signal: AbortSignal) => personApi.episodes(personId, signal), [personId]);
  const episodes = useApiData(load);
  return (
    <section aria-labelledby="custody-episodes-heading" className="govuk-!-margin-top-6" data-testid="custody-episodes">
      <h2 className="govuk-heading-m" id="custody-episodes-heading">
        Custody episodes and recalls
      </h2>
      {episodes.status === 'failed' && <LoadFailed error={episodes.error} title="Custody episodes not available" />}
      {episodes.status === 'loaded' && episodes.data.items.length === 0 && <p className="govuk-body">No custody episodes have been recorded.</p>}
      {episodes.status === 'loaded' && episodes.data.items.length > 0 && (
        <GovukTable
          caption="Custody episodes and recalls, newest first"
          captionStyle="hidden"
          columns={['Type', 'Prison', 'From', 'To', 'Reason', ...(episodes.data.canEdit ? [{ label: 'Change', visuallyHidden: true }] : [])]}
        >
          {episodes.data.items.map((episode) => (
            <tr className="govuk-table__row" key={episode._id} data-testid="custody-episode">
              <td className="govuk-table__cell">{describeEpisodeType(episode)}</td>
              <td className="govuk-table__cell">{episode.prison || 'Not recorded'}</td>
              <td className="govuk-table__cell">{formatDate(episode.startDate)}</td>
              <td className="govuk-table__cell">{episode.endDate ? formatDate(episode.endDate) : 'Still in custody'}</td>
              <td className="govuk-table__cell roundtable-preserve-lines">{episode.reason || 'Not recorded'}</td>
              {episodes.data.canEdit && (
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/people/${personId}/custody-episodes/${episode._id}/change`}>
                    Change<span className="govuk-visually-hidden"> the episode from {formatDate(episode.startDate)}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </GovukTable>
      )}
      {episodes.status === 'loaded' && episodes.data.canEdit && (
        <Link className="govuk-button govuk-button--secondary" to={`/people/${personId}/custody-episodes/new`} data-testid="add-custody-episode">
          Add a custody episode or recall
        </Link>
      )}
    </section>
  );
}
