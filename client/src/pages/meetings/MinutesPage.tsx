import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, minutesUrl } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format';
import { MinutesActionsByAgency } from './MinutesActionsByAgency';
import { MinutesAgendaItem } from './MinutesAgendaItem';
import type { ClosedRecord } from '../../../../shared/domain/closedRecord';

function Minutes({ record }: { record: ClosedRecord }) {
  const present = record.attendance.filter((a) => a.present);
  const absent = record.attendance.filter((a) => !a.present);
  const agencyName = (id: string) => record.agencies.find((a) => a.id === id)?.name ?? '';
  const generalDecisions = record.decisions.filter((d) => !d.itemId || !record.agenda.some((item) => item.id === d.itemId));
  return (
    <>
      <span className="govuk-caption-l">Minutes</span>
      <h1 className="govuk-heading-l">{record.meeting.title}</h1>
      <p className="govuk-body">
        Held {formatDateTime(record.meeting.heldOn ?? record.closedAt)}, chaired by {record.meeting.chairName}. Closed {formatDateTime(record.closedAt)}; this record cannot be
        changed.
      </p>
      <ul className="govuk-list roundtable-downloads">
        <li>
          <a className="govuk-link" href={minutesUrl(record.meeting.id, 'pdf')} download>
            Download the minutes as PDF
          </a>
        </li>
        <li>
          <a className="govuk-link" href={minutesUrl(record.meeting.id, 'html')} target="_blank" rel="noopener">
            Open a printable version (opens in new tab)
          </a>
        </li>
      </ul>
      <h2 className="govuk-heading-m">Present</h2>
      <ul className="govuk-list govuk-list--bullet">
        {present.map((a) => (
          <li key={a.userId}>
            {a.displayName}, {agencyName(a.agencyId)}
          </li>
        ))}
      </ul>
      {absent.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Invited, not present</h2>
          <ul className="govuk-list govuk-list--bullet">
            {absent.map((a) => (
              <li key={a.userId}>
                {a.displayName}, {agencyName(a.agencyId)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="govuk-heading-m">Agenda</h2>
      {record.agenda.map((item, index) => (
        <MinutesAgendaItem key={item.id} item={item} number={index + 1} record={record} />
      ))}
      {generalDecisions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Other decisions</h2>
          {generalDecisions.map((d) => (
            <p className="govuk-body roundtable-preserve-lines" key={d.id}>
              <strong>{d.text}</strong>
              {d.rationale && ` Why: ${d.rationale}`}
            </p>
          ))}
        </>
      )}
      <h2 className="govuk-heading-m">Actions by agency</h2>
      <MinutesActionsByAgency record={record} />
    </>
  );
}

export function MinutesPage() {
  const { meetingId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => api.minutes(meetingId, signal), [meetingId]);
  const minutes = useApiData(load);
  usePageTitle(minutes.status === 'loaded' ? `Minutes: ${minutes.data.meeting.title}` : minutes.status === 'failed' ? 'Minutes not available' : 'Minutes');
  return (
    <>
      <Link to={`/meetings/${meetingId}`} className="govuk-back-link">
        Back to the meeting
      </Link>
      {minutes.status === 'loading' && <Loading what="minutes" />}
      {minutes.status === 'failed' && <LoadFailed error={minutes.error} title="Minutes not available" />}
      {minutes.status === 'loaded' && <Minutes record={minutes.data} />}
    </>
  );
}
