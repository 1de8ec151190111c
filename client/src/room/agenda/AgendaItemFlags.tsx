// The red-flag count of one case on the agenda, from its case document (which holds the case's actions too): the live
// one for the case on screen, else the REST snapshot (no WebSocket per agenda item).
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { usePerson } from '../case/usePerson';
import { useRedFlags } from '../case/useRedFlags';

export function AgendaItemFlags({ caseDoc, personId }: { caseDoc: Y.Doc; personId: string | undefined }) {
  const source = useMemo(() => ({ doc: caseDoc, synced: true }), [caseDoc]);
  const person = usePerson(personId);
  const flags = useRedFlags(source, person);
  if (flags.length === 0) return null;
  const high = flags.some((flag) => flag.severity === 'high');
  return (
    <strong className={`govuk-tag ${high ? 'govuk-tag--red' : 'govuk-tag--orange'} roundtable-tag-compact`} data-red-flags={flags.length}>
      {flags.length === 1 ? '1 red flag' : `${flags.length} red flags`}
    </strong>
  );
}
