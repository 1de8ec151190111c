// One resettlement pathway of the release plan: status, the need, and the plan to meet it.
import type { PathwayEntry } from '../../../../shared/live/caseDoc';
import type { PathwayKey } from '../../../../shared/live/caseFields';
import type { LiveDoc } from '../../live/useYDoc';
import { PATHWAY_STATUS_LABELS } from '../shell/roomLabels';
import { CollaborativeField } from './CollaborativeField';
import { SharedSelect } from './SharedSelect';

interface Props {
  live: LiveDoc;
  pathway: PathwayKey;
  label: string;
  entry: PathwayEntry | undefined;
}

export function PathwayPlan({ live, pathway, label, entry }: Props) {
  return (
    <div className="roundtable-pathway" data-pathway={pathway}>
      <h4 className="govuk-heading-s">{label}</h4>
      <SharedSelect id={`pathway-${pathway}-status`} label="Status" field={entry?.status} options={PATHWAY_STATUS_LABELS} />
      <CollaborativeField live={live} ytext={entry?.need} fieldKey={`pathways.${pathway}.need`} label="Need" rows={2} />
      <CollaborativeField live={live} ytext={entry?.plan} fieldKey={`pathways.${pathway}.plan`} label="Plan" rows={2} />
    </div>
  );
}
