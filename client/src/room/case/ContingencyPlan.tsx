// The contingency plan of the case: what happens if the plan fails (a recall, a lost bed).
import { caseRoots, riskText } from '../../../../shared/live/caseDoc';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { CollaborativeField } from './CollaborativeField';

export function ContingencyPlan({ live }: { live: LiveDoc }) {
  useYObserved(caseRoots(live.doc).risk);
  return (
    <>
      <h3 className="govuk-heading-m">Contingency plan</h3>
      <CollaborativeField
        live={live}
        ytext={riskText(live.doc, 'contingency')}
        fieldKey="risk.contingency"
        label="What the agencies will do if the plan breaks down"
        hint="For example: recall, loss of accommodation, a missed appointment, a new risk to a known adult"
        rows={8}
      />
    </>
  );
}
