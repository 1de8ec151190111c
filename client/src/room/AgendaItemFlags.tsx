// The red-flag count of one case on the agenda, from its live case document.
import type { AgendaView } from '../../../shared/live/layout';
import { caseDocName } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { useYDoc } from '../live/useYDoc';
import { usePerson } from './usePerson';
import { useRedFlags } from './useRedFlags';

export function AgendaItemFlags({ meetingId, item, meetingDoc }: { meetingId: string; item: AgendaView; meetingDoc: LiveDoc }) {
  const caseDoc = useYDoc(item.personId ? caseDocName(meetingId, item.personId) : null, null);
  const person = usePerson(item.personId);
  const flags = useRedFlags(caseDoc, meetingDoc, person);
  if (flags.length === 0) return null;
  const high = flags.some((flag) => flag.severity === 'high');
  return (
    <strong className={`govuk-tag ${high ? 'govuk-tag--red' : 'govuk-tag--orange'} roundtable-tag-compact`} data-red-flags={flags.length}>
      {flags.length === 1 ? '1 red flag' : `${flags.length} red flags`}
    </strong>
  );
}
