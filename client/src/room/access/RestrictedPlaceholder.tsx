// What a user who may not open a restricted section sees in its place: who holds it, and a way to ask.
import type { RestrictedStatusState } from './useRestrictedStatus';
import { useRoom } from '../RoomContext';

function names(holders: { name: string }[]): string {
  const list = holders.map((holder) => holder.name);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : (list[0] ?? 'the chair');
}

export function RestrictedPlaceholder({ status, error, asking, ask }: RestrictedStatusState) {
  const { readOnly } = useRoom();
  return (
    <div className="roundtable-restricted roundtable-restricted--placeholder" data-restricted-placeholder>
      <h3 className="govuk-heading-m">
        <strong className="govuk-tag govuk-tag--red roundtable-tag-compact">Restricted</strong> Victim safety and restricted intelligence
      </h3>
      <p className="govuk-body" data-restricted-holders>
        {status ? `This section is restricted. It is held by: ${names(status.holders)}.` : 'This section is restricted.'}
      </p>
      {error && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {status?.requested ? (
        <div className="govuk-inset-text">Access requested: the chair will decide</div>
      ) : (
        status &&
        !readOnly && (
          <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={asking} onClick={ask}>
            Ask for access
          </button>
        )
      )}
    </div>
  );
}
