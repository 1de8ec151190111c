// The agenda item on screen: the person and red flags for a case, then its tabs. A case item's notes, decisions and
// actions come from its case document, a standing item's from the meeting document.
import type { Agency, Meeting, PublicUser } from '../../../shared/domain/records';
import type { AgendaView } from '../../../shared/live/layout';
import type { AwarenessUser } from '../live/awarenessUser';
import type { LiveDoc } from '../live/useYDoc';
import type { Directory } from '../session/useDirectory';
import { ItemParticipation } from './access/ItemParticipation';
import { NotTakingPart } from './access/NotTakingPart';
import { takesPartIn } from './access/takesPart';
import { ActionsPanel } from './ActionsPanel';
import { CaseTabs } from './CaseTabs';
import { DecisionsPanel } from './DecisionsPanel';
import { ItemNotes } from './ItemNotes';
import { NotInCase } from './NotInCase';
import { PersonSummary } from './PersonSummary';
import { RedFlagList } from './RedFlagList';
import { usePerson } from './usePerson';
import { useRedFlags } from './useRedFlags';

interface Props {
  meeting: Meeting;
  item: AgendaView;
  /** Above the title: whether this is the item under discussion. */
  caption: string;
  /** Null for a guest, who may not hold the meeting document. */
  meetingDoc: LiveDoc | null;
  /** The case document of the item's person (null for standing items, and while it loads or is refused). */
  caseDoc: LiveDoc | null;
  /** The item is a case this user does not take part in (not offered, or refused with 4403). */
  caseRefused: boolean;
  /** The person's restricted document, null unless the server lets this user open it. */
  restrictedDoc: LiveDoc | null;
  roomUser: AwarenessUser;
  user: PublicUser;
  agencies: Agency[];
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
  readOnly: boolean;
}

export function ItemView({ meeting, item, caption, meetingDoc, caseDoc, caseRefused, restrictedDoc, roomUser, user, agencies, directory, caseTitle, readOnly }: Props) {
  const takesPart = takesPartIn(meeting, item.id);
  const refused = Boolean(item.personId) && caseRefused;
  const person = usePerson(takesPart && !refused ? item.personId : undefined);
  const flags = useRedFlags(caseDoc, person);
  // Where this item's notes, decisions and actions live.
  const scope = item.personId ? caseDoc : meetingDoc;
  if (!takesPart) return <NotTakingPart meeting={meeting} itemId={item.id} caption={caption} />;
  if (refused) return <NotInCase itemId={item.id} title={item.title} caption={caption} />;
  return (
    <section className="roundtable-item" aria-labelledby="item-title" data-item={item.id}>
      <span className="govuk-caption-m">{caption}</span>
      <h2 className="govuk-heading-l" id="item-title">
        {item.title}
      </h2>
      <ItemParticipation key={item.id} itemId={item.id} isCase={Boolean(item.personId)} readOnly={readOnly} />
      {person && <PersonSummary person={person} />}
      <RedFlagList flags={flags} />
      <CaseTabs
        caseDoc={caseDoc}
        restrictedDoc={restrictedDoc?.refusedCode ? null : restrictedDoc}
        readOnly={readOnly}
        notes={scope ? <ItemNotes live={scope} itemId={item.id} itemTitle={item.title} user={roomUser} readOnly={readOnly} /> : <Loading />}
        decisions={scope ? <DecisionsPanel live={scope} itemId={item.id} personId={item.personId} agencies={agencies} readOnly={readOnly} /> : <Loading />}
        actions={
          scope ? (
            <ActionsPanel
              meetingId={meeting._id}
              live={scope}
              itemId={item.id}
              personId={item.personId}
              personName={person?.name}
              hasReleaseDate={Boolean(person?.releaseDate)}
              releaseDate={person?.releaseDate}
              user={user}
              agencies={agencies}
              directory={directory}
              caseTitle={caseTitle}
              readOnly={readOnly}
            />
          ) : (
            <Loading />
          )
        }
      />
    </section>
  );
}

function Loading() {
  return <p className="govuk-body">Loading…</p>;
}
