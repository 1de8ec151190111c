// The red-flag count of one case on the agenda, from its live case document (which holds the case's actions too).
import { useYDoc } from '../live/useYDoc';
import { usePerson } from './usePerson';
import { useRedFlags } from './useRedFlags';

export function AgendaItemFlags({ caseDocName, personId }: { caseDocName: string; personId: string | undefined }) {
  const caseDoc = useYDoc(caseDocName, null);
  const person = usePerson(personId);
  const flags = useRedFlags(caseDoc?.refusedCode === null ? caseDoc : null, person);
  if (flags.length === 0) return null;
  const high = flags.some((flag) => flag.severity === 'high');
  return (
    <strong className={`govuk-tag ${high ? 'govuk-tag--red' : 'govuk-tag--orange'} roundtable-tag-compact`} data-red-flags={flags.length}>
      {flags.length === 1 ? '1 red flag' : `${flags.length} red flags`}
    </strong>
  );
}
