import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../../api';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { formatDateTime } from '../../format';
import { EMAIL_STATE_LABELS } from '../../labels';
import type { Directory } from '../../session/useDirectory';
import type { AgencyEmail, EmailState } from '../../../../shared/api/close';

const TAG_COLOURS: Record<EmailState, string> = {
  queued: 'govuk-tag--blue',
  sending: 'govuk-tag--light-blue',
  sent: 'govuk-tag--green',
  failed: 'govuk-tag--red',
  'not-configured': 'govuk-tag--yellow',
};

function EmailRow({ email, meetingId, directory, onRetried }: { email: AgencyEmail; meetingId: string; directory: Directory | null; onRetried(): void }) {
  const [error, setError] = useState('');
  const agency = directory?.agency(email.agencyId);
  async function retry() {
    setError('');
    try {
      await api.retryEmail(meetingId, email._id);
      onRetried();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not try again');
    }
  }
  return (
    <Row>
      <Cell>
        <Link className="govuk-link" to={`/meetings/${meetingId}/agencies/${email.agencyId}`}>
          {agency?.name ?? 'Agency'}
        </Link>
        <br />
        <span className="govuk-body-s roundtable-secondary">{email.to}</span>
      </Cell>
      <Cell>
        <strong className={`govuk-tag ${TAG_COLOURS[email.state] ?? 'govuk-tag--grey'}`}>{EMAIL_STATE_LABELS[email.state] ?? email.state}</strong>
        {email.sentAt && <div className="govuk-body-s roundtable-secondary">{formatDateTime(email.sentAt)}</div>}
        {email.lastError && email.state !== 'sent' && <div className="govuk-body-s roundtable-secondary">{email.lastError}</div>}
      </Cell>
      <Cell numeric>{email.attempts}</Cell>
      <Cell>
        {(email.state === 'failed' || email.state === 'not-configured') && (
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void retry()}>
            Try again<span className="govuk-visually-hidden"> to send to {agency?.name ?? email.to}</span>
          </button>
        )}
        {error && (
          <p className="govuk-error-message" role="alert">
            {error}
          </p>
        )}
      </Cell>
    </Row>
  );
}

/** The chair's view of the agency list e-mails: none is dropped silently. */
export function EmailStates({ meetingId, directory }: { meetingId: string; directory: Directory | null }) {
  const load = useCallback((signal: AbortSignal) => api.emails(meetingId, signal), [meetingId]);
  const emails = useApiData(load);
  return (
    <>
      <h2 className="govuk-heading-m">Action lists sent to agencies</h2>
      {emails.status === 'loading' && <Loading what="e-mails" />}
      {emails.status === 'failed' && <LoadFailed error={emails.error} />}
      {emails.status === 'loaded' &&
        (emails.data.length === 0 ? (
          <p className="govuk-body">No agency had actions, so no lists were sent.</p>
        ) : (
          <GovukTable
            caption="E-mails of the agency action lists"
            captionStyle="hidden"
            columns={['Agency', 'E-mail', { label: 'Attempts', numeric: true }, { label: 'Retry', visuallyHidden: true }]}
            testId="email-states"
          >
            {emails.data.map((email) => (
              <EmailRow key={email._id} email={email} meetingId={meetingId} directory={directory} onRetried={emails.reload} />
            ))}
          </GovukTable>
        ))}
    </>
  );
}
