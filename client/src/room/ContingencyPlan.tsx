// The contingency plan of the case: what happens if the plan fails (a recall, a lost bed).
import type * as Y from 'yjs';
import { CASE } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';
import { CollaborativeField } from './CollaborativeField';

export function ContingencyPlan({ live, readOnly }: { live: LiveDoc; readOnly: boolean }) {
  const risk = live.doc.getMap<unknown>(CASE.risk);
  useYObserved(risk);
  return (
    <>
      <h3 className="govuk-heading-m">Contingency plan</h3>
      <CollaborativeField
        live={live}
        ytext={risk.get('contingency') as Y.Text | undefined}
        fieldKey="risk.contingency"
        label="What the agencies will do if the plan breaks down"
        hint="For example: recall, loss of accommodation, a missed appointment, a new risk to a known adult"
        rows={8}
        readOnly={readOnly}
      />
    </>
  );
}
