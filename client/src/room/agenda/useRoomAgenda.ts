// The agenda the room shows: the meeting document's live order (or, for a guest who may not hold the meeting
// document, the agenda GET /api/meetings/:id gave), with the real title of every case whose document this user holds.
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import type { AgendaItem } from '../../../../shared/domain/records';
import type { AgendaView } from '../../../../shared/live/meetingDoc';
import type { MeetingWithLiveDocuments } from '../../live/liveDocuments';
import { useCaseTitles } from '../../live/useCaseTitles';
import type { LiveDoc } from '../../live/useYDoc';
import { useAgenda } from './useAgenda';

function fromRecord(item: AgendaItem): AgendaView {
  const { id, title, kind, personId, presenterAgencyId, timeboxMinutes } = item;
  return { id, title, kind, ...(personId ? { personId } : {}), ...(presenterAgencyId ? { presenterAgencyId } : {}), ...(timeboxMinutes ? { timeboxMinutes } : {}) };
}

/** `snapshots`: every case document this user may open, read over REST; `liveCase`: the one open on screen. */
export function useRoomAgenda(meetingDoc: LiveDoc | null, meeting: MeetingWithLiveDocuments, snapshots: Record<string, Y.Doc>, liveCase: Y.Doc | null): AgendaView[] {
  const live = useAgenda(meetingDoc);
  const titles = useCaseTitles(snapshots, liveCase);
  const record = meeting.agenda;
  return useMemo(() => {
    const agenda = meetingDoc ? live : record.map(fromRecord);
    return agenda.map((item) => (titles[item.id] ? { ...item, title: titles[item.id] } : item));
  }, [meetingDoc, live, record, titles]);
}

/** The short title of a person's case item ("" for none): the agenda title up to its first colon. */
export function useCaseTitleOf(agenda: AgendaView[]): (personId: string | undefined) => string {
  return useCallback(
    (personId: string | undefined) => (personId ? (agenda.find((item) => item.personId === personId)?.title.split(':')[0] ?? '') : ''),
    [agenda],
  );
}
