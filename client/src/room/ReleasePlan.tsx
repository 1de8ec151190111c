// The release / resettlement plan of the case, one block per pathway.
import type * as Y from 'yjs';
import { CASE, PATHWAYS } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';
import { PathwayPlan } from './PathwayPlan';

export function ReleasePlan({ live, readOnly }: { live: LiveDoc; readOnly: boolean }) {
  const pathways = live.doc.getMap<Y.Map<unknown>>(CASE.pathways);
  useYObserved(pathways);
  return (
    <>
      <h3 className="govuk-heading-m">Release plan</h3>
      <div className="roundtable-pathways">
        {PATHWAYS.map(({ key, label }) => (
          <PathwayPlan key={key} live={live} pathway={key} label={label} entry={pathways.get(key)} readOnly={readOnly} />
        ))}
      </div>
    </>
  );
}
