// A person's chronology: release-date and status changes, risk-level changes, the meetings that discussed the
// person with their decisions and actions (and what became of those actions), and the notifications sent to the
// reader about the person. Newest first. The person record is authorized by the person service; each entry is then
// kept only where the policy lets this reader see it, so nothing reaches the page that the room would not show.
import type { ChronologyEntry } from '../../shared/domain/chronology.js';
import { RELEASE_CHANGE_TYPE_LABELS, type PersonEvent } from '../../shared/domain/personEvents.js';
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { RISK_LEVEL_LABELS, riskGroupLabel, type RiskLevelChange } from '../../shared/domain/riskLevels.js';
import { actionStatusWords } from '../../shared/domain/actionStatus.js';
import { CUSTODY_WORDS } from '../../shared/domain/chronologyWords.js';
import { ukDate } from '../../shared/format.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { can } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { PersonService } from './people.js';
import type { CustodyEpisodeService } from './custodyEpisodes.js';
import { describeEpisodeType, type CustodyEpisode } from '../../shared/domain/custodyEpisodes.js';

export interface ChronologyDeps {
  store: Store;
  people: PersonService;
  custodyEpisodes: CustodyEpisodeService;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));

function describeValue(field: string | undefined, value: unknown): string {
  const raw = text(value);
  if (!raw) return 'none';
  if (field === 'releaseDate' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return ukDate(raw);
  if (field === 'custodyStatus') return CUSTODY_WORDS[raw] ?? raw;
  return raw;
}

function releaseEntry(event: PersonEvent): ChronologyEntry {
  const what = event.field === 'custodyStatus' ? 'Custody status' : 'Release date';
  const moved = event.movedActions?.length ?? 0;
  const detail = [
    RELEASE_CHANGE_TYPE_LABELS[event.type] ?? event.type,
    event.reason,
    event.source ? `Source: ${event.source}` : '',
    moved ? `${moved} action due ${moved === 1 ? 'date' : 'dates'} moved with it` : '',
    event.episodeMove?.open ? `Opened a custody episode: ${describeEpisodeType(event.episodeMove.open)} from ${ukDate(event.episodeMove.date)}` : '',
    event.episodeMove?.closeId ? `Ended the open custody episode on ${ukDate(event.episodeMove.date)}` : '',
    event.notifiedCount ? `${event.notifiedCount} ${event.notifiedCount === 1 ? 'person' : 'people'} told in the app and by e-mail` : '',
  ]
    .filter(Boolean)
    .map((part) => part.replace(/\.$/, ''))
    .join('. ');
  return {
    id: `release:${event._id}`,
    kind: 'release',
    at: event.at,
    title: `${what} changed from ${describeValue(event.field, event.old)} to ${describeValue(event.field, event.new)}`,
    ...(detail ? { detail } : {}),
    ...(event.byName ? { by: event.byName } : {}),
  };
}

/** A custody episode's start and, once known, its end: dated by day (the time is not known). */
function custodyEntries(episode: CustodyEpisode): ChronologyEntry[] {
  const what = describeEpisodeType(episode);
  const at = episode.prison ? ` at ${episode.prison}` : '';
  const fromChange = episode.openedByChangeId ? 'Opened by the recorded custody status change' : '';
  const entries: ChronologyEntry[] = [
    {
      id: `custody:${episode._id}:start`,
      kind: 'custody',
      at: `${episode.startDate}T00:00:00.000Z`,
      dateOnly: true,
      title: `${EPISODE_START[episode.type]}${at}: ${what}`,
      ...(episode.reason || fromChange ? { detail: [episode.reason, fromChange].filter(Boolean).join('. ') } : {}),
      by: episode.createdByName,
    },
  ];
  if (episode.endDate)
    entries.push({
      id: `custody:${episode._id}:end`,
      kind: 'custody',
      at: `${episode.endDate}T00:00:00.000Z`,
      dateOnly: true,
      title: `Released from ${what.toLowerCase()}${at}`,
      detail: `In custody from ${ukDate(episode.startDate)} to ${ukDate(episode.endDate)}${episode.closedByChangeId ? '. Ended by the recorded custody status change' : ''}`,
    });
  return entries;
}

const EPISODE_START: Record<CustodyEpisode['type'], string> = { remand: 'Remanded in custody', sentence: 'In custody on sentence', recall: 'Recalled to custody' };

function riskEntry(change: RiskLevelChange): ChronologyEntry {
  const from = RISK_LEVEL_LABELS[change.from] ?? change.from;
  const to = RISK_LEVEL_LABELS[change.to] ?? change.to;
  return {
    id: `risk:${change._id}`,
    kind: 'risk',
    at: change.at,
    title: `Risk to ${riskGroupLabel(change.group).toLowerCase()} changed from ${from} to ${to}`,
    detail: change.reason,
    by: change.byName,
    meeting: { id: change.meetingId, title: change.meetingTitle },
  };
}

export function chronologyService({ store, people, custodyEpisodes }: ChronologyDeps) {
  const personEvents = store.collection('personEvents');
  const riskChanges = store.collection('riskLevelChanges');
  const meetings = store.collection('meetings');
  const closures = store.collection('closures');
  const actions = store.collection('actions');
  const notifications = store.collection('notifications');

  /** Meetings by id, loaded once per request. */
  async function meetingsById(ids: string[]): Promise<Map<string, Meeting>> {
    const unique = [...new Set(ids)];
    const found = unique.length ? await meetings.find({ _id: { $in: unique } }) : [];
    return new Map(found.map((m) => [m._id, m]));
  }

  /** Closed meetings about the person: the meeting, its decisions and actions with what became of them. */
  async function meetingEntries(user: PublicUser, personId: string): Promise<ChronologyEntry[]> {
    const closed = await meetings.find({ 'agenda.personId': personId, status: 'closed' });
    if (closed.length === 0) return [];
    const records = new Map((await closures.find({ _id: { $in: closed.map((m) => m._id) }, state: 'applied' })).map((c) => [c._id, c.record]));
    const tracked = new Map((await actions.find({ personId })).map((a) => [a._id, a]));
    const entries: ChronologyEntry[] = [];
    for (const meeting of closed) {
      if (!can(user, 'meeting-history:read', { meeting })) continue;
      const record = records.get(meeting._id);
      const at = meeting.closedAt ?? record?.closedAt ?? meeting.startsAt;
      const seesCase = can(user, 'case-history:read', { meeting, personId });
      entries.push({
        id: `meeting:${meeting._id}`,
        kind: 'meeting',
        at,
        title: `Discussed at ${meeting.title}`,
        detail: `Meeting of ${ukDate(meeting.startsAt.slice(0, 10))}`,
        meeting: { id: meeting._id, title: meeting.title },
        ...(seesCase ? { link: `/meetings/${meeting._id}/minutes` } : {}),
      });
      if (!record) continue;
      const itemIds = new Set(meeting.agenda.filter((item) => item.personId === personId).map((item) => item.id));
      const aboutPerson = (entry: { personId?: string; itemId?: string }) => entry.personId === personId || (!!entry.itemId && itemIds.has(entry.itemId));
      if (seesCase) {
        for (const decision of record.decisions.filter(aboutPerson)) {
          entries.push({
            id: `decision:${meeting._id}:${decision.id}`,
            kind: 'decision',
            at,
            title: `Decision: ${decision.text || '(no text)'}`,
            ...(decision.rationale ? { detail: `Rationale: ${decision.rationale}` } : {}),
            meeting: { id: meeting._id, title: meeting.title },
          });
        }
      }
      for (const action of record.actions.filter(aboutPerson)) {
        if (!can(user, 'action-history:read', { meeting, personId, action: { agencyId: action.agencyId, meetingId: meeting._id } })) continue;
        const current = tracked.get(action.id);
        const status = current?.status ?? action.status;
        const lastNote = current?.progressNotes?.at(-1);
        const agency = record.agencies.find((a) => a.id === action.agencyId);
        const parts = [
          `Owner: ${[action.owner, agency?.shortName ?? agency?.name].filter(Boolean).join(', ') || 'none'}`,
          action.dueDate ? `due ${ukDate(action.dueDate)}` : '',
          `now ${actionStatusWords(status)}`,
          // The UK day the note was written (not the UTC one).
          lastNote ? `latest note (${ukDate(ukToday(new Date(lastNote.at)))}): ${lastNote.text}` : '',
        ].filter(Boolean);
        entries.push({
          id: `action:${action.id}`,
          kind: 'action',
          at: current?.updatedAt ?? at,
          title: `Action: ${action.text || '(no text)'}`,
          detail: parts.join('; '),
          meeting: { id: meeting._id, title: meeting.title },
        });
      }
    }
    return entries;
  }

  return {
    /** The chronology of one person, newest first: 404 for no such person, 403 for a user who may not see them. */
    async forPerson(user: PublicUser, personId: string): Promise<ChronologyEntry[]> {
      const person = await people.getFor(user, personId);
      const [events, episodes, risks, meetingItems, sent] = await Promise.all([
        personEvents.find({ personId: person._id }),
        custodyEpisodes.listOf(person._id),
        riskChanges.find({ personId: person._id }),
        meetingEntries(user, person._id),
        notifications.find({ personId: person._id, userId: user._id }),
      ]);
      const riskMeetings = await meetingsById(risks.map((r) => r.meetingId));
      const entries: ChronologyEntry[] = [
        ...events.map(releaseEntry),
        ...episodes.flatMap(custodyEntries),
        ...risks
          .filter((change) => {
            const meeting = riskMeetings.get(change.meetingId);
            return !!meeting && can(user, 'case-history:read', { meeting, personId: person._id });
          })
          .map(riskEntry),
        ...meetingItems,
        ...sent
          .filter((notification) => can(user, 'notification:read', { notification }))
          .map(
            (notification): ChronologyEntry => ({
              id: `notification:${notification._id}`,
              kind: 'notification',
              at: notification.createdAt,
              title: `Notification sent to you: ${notification.title}`,
              detail: notification.body,
              ...(notification.link ? { link: notification.link } : {}),
            }),
          ),
      ];
      return entries.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
    },
  };
}
