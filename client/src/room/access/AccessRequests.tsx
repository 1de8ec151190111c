// The chair's list of agencies asking to be let into one person's restricted section: let in or refuse.
import { useState } from 'react';
import { accessApi } from './accessApi';
import { agencyName, type RoomAccessValue } from './RoomAccess';
import { useAccessRequests } from './useAccessRequests';

interface Props {
  access: RoomAccessValue;
  personId: string;
  announce(message: string): void;
}

export function AccessRequests({ access, personId, announce }: Props) {
  const { meeting, agencies } = access;
  const [reloads, setReloads] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = useAccessRequests(meeting.view._id, meeting.seq, reloads).filter((request) => request.personId === personId);

  const decide = (requestId: string, agency: string, decision: 'grant' | 'refuse') => {
    setBusy(requestId);
    setError(null);
    accessApi
      .decideRequest(meeting.view._id, requestId, decision)
      .then(
        () => {
          announce(decision === 'grant' ? `${agency} can now see this section` : `${agency}’s request was refused`);
          meeting.refresh();
        },
        (err: unknown) => setError((err as Error).message),
      )
      .finally(() => {
        setBusy(null);
        setReloads((n) => n + 1);
      });
  };

  return (
    <div className="roundtable-access-panel" data-access-requests>
      <h4 className="govuk-heading-m">Requests for access</h4>
      {error && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {pending.length === 0 ? (
        <p className="govuk-body">No agency is waiting for this section.</p>
      ) : (
        <ul className="govuk-list">
          {pending.map((request) => {
            const agency = agencyName(agencies, request.agencyId);
            return (
              <li key={request._id} data-access-request={request.agencyId}>
                <p className="govuk-body govuk-!-margin-bottom-2">{agency} asks to see this section.</p>
                <div className="govuk-button-group">
                  <button type="button" className="govuk-button" disabled={busy !== null} onClick={() => decide(request._id, agency, 'grant')}>
                    Let {agency} in
                  </button>
                  <button type="button" className="govuk-button govuk-button--warning" disabled={busy !== null} onClick={() => decide(request._id, agency, 'refuse')}>
                    Refuse<span className="govuk-visually-hidden"> {agency}’s request</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
