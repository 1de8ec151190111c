// The release / resettlement plan of the case, one block per pathway.
import { caseRoots, pathwayEntry } from '../../../../shared/live/caseDoc';
import { PATHWAYS } from '../../../../shared/live/caseFields';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { PathwayPlan } from './PathwayPlan';

export function ReleasePlan({ live }: { live: LiveDoc }) {
  useYObserved(caseRoots(live.doc).pathways);
  return (
    <>
      <h3 className="govuk-heading-m">Release plan</h3>
      <div className="roundtable-pathways">
        {PATHWAYS.map(({ key, label }) => (
          <PathwayPlan key={key} live={live} pathway={key} label={label} entry={pathwayEntry(live.doc, key)} />
        ))}
      </div>
    </>
  );
}
