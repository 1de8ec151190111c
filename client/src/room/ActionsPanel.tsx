// The actions of the item's scope (its case document, or the meeting document for a standing item): this item's
// first, then the rest of that scope, and the form to add one.
import { useMemo } from 'react';
import type { Agency, PublicUser } from '../../../shared/domain/records';
import { readActions, SCOPED } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';
import type { Directory } from '../session/useDirectory';
import { ActionsTable } from './ActionsTable';
import { AddActionForm } from './AddActionForm';

interface Props {
  meetingId: string;
  live: LiveDoc;
  itemId: string;
  personId?: string;
  personName?: string;
  hasReleaseDate: boolean;
  releaseDate?: string | null;
  user: PublicUser;
  agencies: Agency[];
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
  readOnly: boolean;
}

export function ActionsPanel({ meetingId, live, itemId, personId, personName, hasReleaseDate, releaseDate, user, agencies, directory, caseTitle, readOnly }: Props) {
  const version = useYObserved(live.doc.getMap(SCOPED.actions));
  const actions = useMemo(
    () => readActions(live.doc).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    // `version` changes whenever the actions do.
    [live.doc, version],
  );
  const here = actions.filter((a) => a.itemId === itemId || (personId !== undefined && a.personId === personId));
  const elsewhere = actions.filter((a) => !here.includes(a));
  const tableProps = { meetingId, directory, caseTitle, readOnly, personId, releaseDate };
  return (
    <>
      <h3 className="govuk-heading-m">Actions for this item</h3>
      <ActionsTable {...tableProps} actions={here} />
      {!readOnly && (
        <AddActionForm
          key={itemId}
          meetingId={meetingId}
          itemId={itemId}
          personId={personId}
          personName={personName}
          hasReleaseDate={hasReleaseDate}
          agencies={agencies}
          defaultAgencyId={user.agencyId}
        />
      )}
      {elsewhere.length > 0 && (
        <>
          <h3 className="govuk-heading-m">Other actions</h3>
          <ActionsTable {...tableProps} actions={elsewhere} />
        </>
      )}
    </>
  );
}
