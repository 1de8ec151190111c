// The agenda item on screen: the person and red flags for a case, then its tabs. A case item's notes, decisions and
// actions come from its case document, a standing item's from the meeting document.
import { lazy, Suspense } from 'react';
import type { AgendaView } from '../../../../shared/live/meetingDoc';
import { lastConfirmedWhileOffline, type LiveDoc } from '../../live/useYDoc';
import { ItemParticipation } from '../access/ItemParticipation';
import { NotTakingPart } from '../access/NotTakingPart';
import { takesPartIn } from '../access/takesPart';
import { ActionsPanel } from '../actions/ActionsPanel';
import { TrackedActionsInReview } from '../actions/TrackedActionsInReview';
import { isActionReviewItem } from '../../../../shared/logic/trackedActionReview';
import { DecisionsPanel } from '../decisions/DecisionsPanel';
import { useRoom } from '../RoomContext';
import { CaseTabs } from './CaseTabs';
import { NotInCase } from './NotInCase';
import { PersonSummary } from './PersonSummary';
import { RedFlagList } from './RedFlagList';
import { usePerson } from './usePerson';
import { useRedFlags } from './useRedFlags';

// The notes editor (TipTap and ProseMirror) is most of the room's code: loaded only when a Notes tab is opened.
const ItemNotes = lazy(() => import('./ItemNotes').then((module) => ({ default: module.ItemNotes })));

interface Props {
  item: AgendaView;
  /** Above the title: whether this is the item under discussion. */
  caption: string;
  /** Null for a guest, who may not hold the meeting document. */
  meetingDoc: LiveDoc | null;
  /** The case document of the item's person (null for standing items, and while it loads or is refused). */
  caseDoc: LiveDoc | null;
  /** The item is a case this user does not take part in (not offered, or refused with 4403). */
  caseRefused: boolean;
  /** The person's restricted document, null unless the server lets this user open it (and its tab is open). */
  restrictedDoc: LiveDoc | null;
  /** The restricted tab is on screen (its document is opened only then). */
  onRestrictedShown?(shown: boolean): void;
}

export function ItemView({ item, caption, meetingDoc, caseDoc, caseRefused, restrictedDoc, onRestrictedShown }: Props) {
  const { meeting } = useRoom();
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
      <ItemParticipation key={item.id} itemId={item.id} isCase={Boolean(item.personId)} />
      {person && <PersonSummary person={person} />}
      <RedFlagList flags={flags} confirmedAt={lastConfirmedWhileOffline(caseDoc)} />
      {item.personId ? <TrackedActionsInReview personId={item.personId} /> : isActionReviewItem(item) && <TrackedActionsInReview />}
      <CaseTabs
        caseDoc={caseDoc}
        restrictedDoc={restrictedDoc?.refusedCode ? null : restrictedDoc}
        onRestrictedShown={onRestrictedShown}
        notes={
          scope ? (
            <Suspense fallback={<Loading />}>
              <ItemNotes live={scope} itemId={item.id} itemTitle={item.title} />
            </Suspense>
          ) : (
            <Loading />
          )
        }
        decisions={scope ? <DecisionsPanel live={scope} itemId={item.id} personId={item.personId} /> : <Loading />}
        actions={
          scope ? (
            <ActionsPanel
              live={scope}
              itemId={item.id}
              personId={item.personId}
              personName={person?.name}
              hasReleaseDate={Boolean(person?.releaseDate)}
              releaseDate={person?.releaseDate}
              previousReleaseDate={person?.lastReleaseChange && person.lastReleaseChange.new === (person.releaseDate ?? null) ? person.lastReleaseChange.old : undefined}
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
