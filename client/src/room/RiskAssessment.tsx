// The shared risk assessment of the case: RoSH levels and the free-text fields (without the
// contingency plan, which has its own tab).
import type * as Y from 'yjs';
import { CASE, RISK_TEXT_FIELDS } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';
import { CollaborativeField } from './CollaborativeField';
import { RoshLevels } from './RoshLevels';

const FIELDS = RISK_TEXT_FIELDS.filter(({ key }) => key !== 'contingency');

export function RiskAssessment({ live, readOnly }: { live: LiveDoc; readOnly: boolean }) {
  const risk = live.doc.getMap<unknown>(CASE.risk);
  // The fields appear once the server's initial content has arrived.
  useYObserved(risk);
  return (
    <>
      <h3 className="govuk-heading-m">Risk assessment</h3>
      <RoshLevels live={live} readOnly={readOnly} />
      <div className="roundtable-field-grid">
        {FIELDS.map(({ key, label }) => (
          <CollaborativeField key={key} live={live} ytext={risk.get(key) as Y.Text | undefined} fieldKey={`risk.${key}`} label={label} labelClassName="govuk-label--s" readOnly={readOnly} />
        ))}
      </div>
    </>
  );
}
