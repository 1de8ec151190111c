// The decisions recorded under one agenda item.
import type * as Y from 'yjs';
import type { Agency } from '../../../shared/domain/records';
import { SCOPED } from '../../../shared/live/layout';
import { addDecision } from '../live/addDecision';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';
import { DecisionEntry } from './DecisionEntry';

interface Props {
  live: LiveDoc;
  itemId: string;
  personId?: string;
  agencies: Agency[];
  readOnly: boolean;
}

export function DecisionsPanel({ live, itemId, personId, agencies, readOnly }: Props) {
  const decisions = live.doc.getMap<Y.Map<unknown>>(SCOPED.decisions);
  useYObserved(decisions);
  const ofItem = [...decisions.entries()]
    .filter(([, decision]) => decision.get('itemId') === itemId)
    .sort(([, a], [, b]) => String(a.get('createdAt') ?? '').localeCompare(String(b.get('createdAt') ?? '')));
  return (
    <>
      <h3 className="govuk-heading-m">Decisions</h3>
      {ofItem.length === 0 && <p className="govuk-body">No decisions recorded for this item yet.</p>}
      {ofItem.map(([id, decision], index) => (
        <DecisionEntry key={id} live={live} id={id} number={index + 1} decision={decision} agencies={agencies} readOnly={readOnly} />
      ))}
      {!readOnly && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => addDecision(live.doc, itemId, personId)}>
          Record a decision
        </button>
      )}
    </>
  );
}
