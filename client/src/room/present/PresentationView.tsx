// The presentation view for the shared screen (route /meetings/:meetingId/present): the case the chair is
// discussing, large and read only (risk of serious harm levels, red flags, release-plan status, actions), following
// the chair's current item live. Nothing here writes: it opens the documents without presence and shows no field.
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Person } from '../../../../shared/domain/records';
import { caseRoots, readCase } from '../../../../shared/live/caseDoc';
import { PATHWAYS, RISK_GROUPS } from '../../../../shared/live/caseFields';
import { meetingDocName } from '../../../../shared/live/docNames';
import type { AgendaView } from '../../../../shared/live/meetingDoc';
import { readLiveActions } from '../../../../shared/live/scoped';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import type { MeetingWithLiveDocuments } from '../../live/liveDocuments';
import { useMeetingControl } from '../../live/useMeetingControl';
import { useCaseSnapshots } from '../../live/useCaseSnapshots';
import { useYDoc, type LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { useCaseTitleOf, useRoomAgenda } from '../agenda/useRoomAgenda';
import { describeDue } from '../actions/describeDue';
import { RedFlagList } from '../case/RedFlagList';
import { useCaseDoc } from '../case/useCaseDoc';
import { usePerson } from '../case/usePerson';
import { useRedFlags } from '../case/useRedFlags';
import { ACTION_STATUS_LABELS } from '../../../../shared/domain/actionStatus';
import { MEETING_STATE_LABELS, PATHWAY_STATUS_LABELS, ROSH_LEVEL_LABELS } from '../shell/roomLabels';
import { AccessRevoked } from '../shell/AccessRevoked';
import { useAgencies } from '../shell/useAgencies';
import { useRoomState } from '../shell/useRoomState';
import { useRoomUser } from '../shell/useRoomUser';
import { RoomProvider, useRoom } from '../RoomContext';
import { useCurrentUser } from '../../session/SessionContext';
import { formatDate } from '../../format';
import '../shell/room.css';
import './present.css';

export default function PresentationPage() {
  const { meetingId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => api.meeting(meetingId, signal), [meetingId]);
  const meeting = useApiData(load);
  usePageTitle(meeting.status === 'loaded' ? `Presentation: ${meeting.data.title}` : 'Presentation');
  if (meeting.status === 'loading') return <Loading what="presentation" />;
  if (meeting.status === 'failed') return <LoadFailed error={meeting.error} title="Meeting not available" />;
  return <PresentationView meeting={meeting.data} />;
}

function PresentationView({ meeting }: { meeting: MeetingWithLiveDocuments }) {
  const user = useCurrentUser();
  const control = useMeetingControl(meeting._id);
  const roomUser = useRoomUser(user, null);
  // No presence: the shared screen is not a person in the room.
  const meetingDoc = useYDoc(meetingDocName(meeting._id), null);
  const room = useRoomState(meeting, control, meetingDoc, false);
  // Real case titles from the REST snapshots: no WebSocket per case (the current case's own document opens below).
  const snapshots = useCaseSnapshots(meeting._id, control.state);
  const agenda = useRoomAgenda(meetingDoc, meeting, snapshots, null);
  const agencies = useAgencies();
  const caseTitle = useCaseTitleOf(agenda);
  const item = agenda.find((entry) => entry.id === room.currentItemId) ?? agenda[0];
  const caption = room.closed ? 'Closed' : room.state === 'scheduled' ? 'First item' : `${MEETING_STATE_LABELS[room.state]}: now discussing`;
  if (control.revoked) return <AccessRevoked />;
  return (
    // The room's parts used here (red flags, earlier actions) read the room's context: a read-only one, never the chair's.
    <RoomProvider
      meetingId={meeting._id}
      meeting={meeting}
      user={user}
      roomUser={roomUser}
      directory={null}
      agencies={agencies}
      isChair={false}
      readOnly
      room={room}
      control={control}
      caseTitle={caseTitle}
    >
    <div className="roundtable-present">
      <p className="roundtable-present__meeting">
        <Link className="govuk-link" to={`/meetings/${meeting._id}/room`}>
          Back to the meeting room
        </Link>
        <span className="roundtable-present__meeting-title">{meeting.title}</span>
      </p>
      {item ? <PresentedItem key={item.id} meeting={meeting} item={item} caption={caption} /> : <p className="govuk-body-l">Loading the agenda…</p>}
    </div>
    </RoomProvider>
  );
}

function PresentedItem({ meeting, item, caption }: { meeting: MeetingWithLiveDocuments; item: AgendaView; caption: string }) {
  const caseState = useCaseDoc(meeting, item.personId, null);
  const person = usePerson(item.personId && !caseState.refused ? item.personId : undefined);
  const flags = useRedFlags(caseState.live, person);
  return (
    <section aria-labelledby="present-title" data-item={item.id}>
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="roundtable-present__title" id="present-title" aria-live="polite">
        {item.title}
      </h1>
      {person && <PersonLine person={person} />}
      {caseState.refused && <p className="govuk-body-l">You do not take part in this case.</p>}
      <RedFlagList flags={flags} />
      {caseState.live?.synced && <CaseFacts live={caseState.live} releaseDate={person?.releaseDate} />}
      {item.personId && !caseState.refused && !caseState.live?.synced && <p className="govuk-body-l">Loading the case…</p>}
    </section>
  );
}

function PersonLine({ person }: { person: Person }) {
  const facts = [person.caseReference, person.prison, person.releaseDate ? `release date ${formatDate(person.releaseDate)}` : '', person.mappaLevel ? `MAPPA level ${person.mappaLevel}` : '']
    .filter(Boolean)
    .join(' · ');
  return <p className="roundtable-present__person">{facts}</p>;
}

function CaseFacts({ live, releaseDate }: { live: LiveDoc; releaseDate?: string | null }) {
  const roots = caseRoots(live.doc);
  const riskVersion = useYObserved(roots.risk);
  const pathwaysVersion = useYObserved(roots.pathways);
  const actionsVersion = useYObserved(roots.actions);
  const { agencies } = useRoom();
  // Read afresh on every change of the shared types (the versions above re-render this component).
  void (riskVersion + pathwaysVersion + actionsVersion);
  const view = readCase(live.doc);
  // Everything in the case document concerns this person: their actions from every item of the meeting.
  const actions = readLiveActions(live.doc);
  const agencyName = (id: string) => agencies.find((agency) => agency._id === id)?.name ?? '';
  return (
    <div className="roundtable-present__facts">
      <section aria-labelledby="present-rosh">
        <h2 className="roundtable-present__heading" id="present-rosh">
          Risk of serious harm
        </h2>
        <dl className="govuk-summary-list roundtable-present__list">
          {RISK_GROUPS.map(({ key, label }) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value" data-rosh={key}>
                {ROSH_LEVEL_LABELS[view.rosh[key] ?? ''] ?? 'Not assessed'}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="present-plan">
        <h2 className="roundtable-present__heading" id="present-plan">
          Release plan
        </h2>
        <dl className="govuk-summary-list roundtable-present__list">
          {PATHWAYS.map(({ key, label }) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value" data-pathway={key}>
                {PATHWAY_STATUS_LABELS[view.pathways[key]?.status ?? 'not-assessed']}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="present-actions" className="roundtable-present__actions">
        <h2 className="roundtable-present__heading" id="present-actions">
          Actions ({actions.length})
        </h2>
        {actions.length === 0 ? (
          <p className="govuk-body-l">No actions yet.</p>
        ) : (
          <ul className="govuk-list roundtable-present__action-list">
            {actions.map((action) => (
              <li key={action.id} data-action={action.id}>
                <strong>{action.text || 'No description'}</strong>
                <span className="roundtable-present__action-meta">
                  {[agencyName(action.agencyId), action.owner, describeDue(action, releaseDate), ACTION_STATUS_LABELS[action.status]].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
