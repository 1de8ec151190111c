// The agenda item on screen: the person and red flags for a case, then its tabs.
import type { Agency, Meeting, PublicUser } from '../../../shared/domain/records';
import type { AgendaView } from '../../../shared/live/layout';
import type { AwarenessUser } from '../live/awarenessUser';
import type { LiveDoc } from '../live/useYDoc';
import type { Directory } from '../session/useDirectory';
import { ActionsPanel } from './ActionsPanel';
import { CaseTabs } from './CaseTabs';
import { DecisionsPanel } from './DecisionsPanel';
import { ItemNotes } from './ItemNotes';
import { PersonSummary } from './PersonSummary';
import { RedFlagList } from './RedFlagList';
import { usePerson } from './usePerson';
import { useRedFlags } from './useRedFlags';

interface Props {
  meeting: Meeting;
  item: AgendaView;
  /** Above the title: whether this is the item under discussion. */
  caption: string;
  meetingDoc: LiveDoc;
  /** The case document of the item's person (null for standing items). */
  caseDoc: LiveDoc | null;
  /** The person's restricted document, null unless the server lets this user open it. */
  restrictedDoc: LiveDoc | null;
  roomUser: AwarenessUser;
  user: PublicUser;
  agencies: Agency[];
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
  readOnly: boolean;
}

export function ItemView({ meeting, item, caption, meetingDoc, caseDoc, restrictedDoc, roomUser, user, agencies, directory, caseTitle, readOnly }: Props) {
  const person = usePerson(item.personId);
  const flags = useRedFlags(caseDoc, meetingDoc, person);
  const refused = caseDoc?.refusedCode;
  return (
    <section className="roundtable-item" aria-labelledby="item-title" data-item={item.id}>
      <span className="govuk-caption-m">{caption}</span>
      <h2 className="govuk-heading-l" id="item-title">
        {item.title}
      </h2>
      {person && <PersonSummary person={person} />}
      {refused ? (
        <p className="govuk-body" role="alert">
          You cannot see this case’s documents.
        </p>
      ) : (
        <RedFlagList flags={flags} />
      )}
      <CaseTabs
        caseDoc={refused ? null : caseDoc}
        restrictedDoc={refused || restrictedDoc?.refusedCode ? null : restrictedDoc}
        readOnly={readOnly}
        notes={<ItemNotes live={meetingDoc} itemId={item.id} itemTitle={item.title} user={roomUser} readOnly={readOnly} />}
        decisions={<DecisionsPanel live={meetingDoc} itemId={item.id} personId={item.personId} agencies={agencies} readOnly={readOnly} />}
        actions={
          <ActionsPanel
            meetingId={meeting._id}
            live={meetingDoc}
            itemId={item.id}
            personId={item.personId}
            personName={person?.name}
            hasReleaseDate={Boolean(person?.releaseDate)}
            user={user}
            agencies={agencies}
            directory={directory}
            caseTitle={caseTitle}
            readOnly={readOnly}
          />
        }
      />
    </section>
  );
}
