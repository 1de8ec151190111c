// Risk of serious harm level to each group, as selects on the case document's 'rosh' map.
import type * as Y from 'yjs';
import { CASE, RISK_GROUPS } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { ROSH_LEVEL_LABELS } from './roomLabels';
import { SharedSelect } from './SharedSelect';

export function RoshLevels({ live, readOnly }: { live: LiveDoc; readOnly: boolean }) {
  const rosh = live.doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown> | undefined;
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Risk of serious harm</legend>
      <div className="roundtable-rosh">
        {RISK_GROUPS.map(({ key, label }) => (
          <SharedSelect key={key} id={`rosh-${key}`} label={label} map={rosh} field={key} options={ROSH_LEVEL_LABELS} readOnly={readOnly} />
        ))}
      </div>
    </fieldset>
  );
}
