// The day-of-release checklist: each item's state and detail (who, where, when), and the action that delivers it.
import { caseRoots, checklistEntry } from '../../../../shared/live/caseDoc';
import { DAY_OF_RELEASE } from '../../../../shared/live/caseFields';
import { parseDocName } from '../../../../shared/live/docNames';
import { readLiveActions } from '../../../../shared/live/scoped';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { CHECK_STATE_LABELS } from '../shell/roomLabels';
import { CollaborativeField } from './CollaborativeField';
import { SharedSelect } from './SharedSelect';
import { ChecklistActionLink } from './ChecklistActionLink';
import { usePerson } from './usePerson';

export function DayOfReleaseChecklist({ live }: { live: LiveDoc }) {
  const roots = caseRoots(live.doc);
  useYObserved(roots.dayOfRelease);
  useYObserved(roots.actions);
  const actions = readLiveActions(live.doc);
  const personId = parseDocName(live.name)?.personId;
  const person = usePerson(personId);
  return (
    <>
      <h3 className="govuk-heading-m">Day of release</h3>
      <p className="govuk-body">
        The first three days decide whether someone has money, medication and somewhere to sleep. An item still unresolved raises a red flag until the third day
        after release.
      </p>
      {DAY_OF_RELEASE.map(({ key, label }) => {
        const entry = checklistEntry(live.doc, key);
        return (
          <div key={key} className="roundtable-check" data-check={key}>
            <SharedSelect id={`check-${key}-state`} label={label} labelClassName="govuk-label--s" field={entry?.state} options={CHECK_STATE_LABELS} />
            <CollaborativeField live={live} ytext={entry?.detail} fieldKey={`dayOfRelease.${key}.detail`} label="Detail" multiline={false} />
            <ChecklistActionLink itemKey={key} label={label} entry={entry} actions={actions} personId={personId} releaseDate={person?.releaseDate} />
          </div>
        );
      })}
    </>
  );
}
