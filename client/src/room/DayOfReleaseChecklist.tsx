// The day-of-release checklist: each item's state and detail (who, where, when).
import type * as Y from 'yjs';
import { CASE, DAY_OF_RELEASE } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';
import { CollaborativeField } from './CollaborativeField';
import { CHECK_STATE_LABELS } from './roomLabels';
import { SharedSelect } from './SharedSelect';

export function DayOfReleaseChecklist({ live, readOnly }: { live: LiveDoc; readOnly: boolean }) {
  const checklist = live.doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease);
  useYObserved(checklist);
  return (
    <>
      <h3 className="govuk-heading-m">Day of release</h3>
      <p className="govuk-body">The first three days decide whether someone has money, medication and somewhere to sleep.</p>
      {DAY_OF_RELEASE.map(({ key, label }) => {
        const entry = checklist.get(key);
        return (
          <div key={key} className="roundtable-check" data-check={key}>
            <SharedSelect id={`check-${key}-state`} label={label} labelClassName="govuk-label--s" map={entry} field="state" options={CHECK_STATE_LABELS} readOnly={readOnly} />
            <CollaborativeField live={live} ytext={entry?.get('detail') as Y.Text | undefined} fieldKey={`dayOfRelease.${key}.detail`} label="Detail" multiline={false} readOnly={readOnly} />
          </div>
        );
      })}
    </>
  );
}
