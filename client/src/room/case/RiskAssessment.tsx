// The shared risk assessment of the case: RoSH levels and the free-text fields (without the
// contingency plan, which has its own tab).
import { caseRoots, riskText } from '../../../../shared/live/caseDoc';
import { RISK_TEXT_FIELDS } from '../../../../shared/live/caseFields';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { CollaborativeField } from './CollaborativeField';
import { RoshLevels } from './RoshLevels';

const FIELDS = RISK_TEXT_FIELDS.filter(({ key }) => key !== 'contingency');

export function RiskAssessment({ live }: { live: LiveDoc }) {
  // The fields appear once the server's initial content has arrived.
  useYObserved(caseRoots(live.doc).risk);
  return (
    <>
      <h3 className="govuk-heading-m">Risk assessment</h3>
      <RoshLevels live={live} />
      <div className="roundtable-field-grid">
        {FIELDS.map(({ key, label }) => (
          <CollaborativeField key={key} live={live} ytext={riskText(live.doc, key)} fieldKey={`risk.${key}`} label={label} labelClassName="govuk-label--s" />
        ))}
      </div>
    </>
  );
}
