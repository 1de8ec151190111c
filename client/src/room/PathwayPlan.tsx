// One resettlement pathway of the release plan: status, the need, and the plan to meet it.
import type * as Y from 'yjs';
import type { PathwayKey } from '../../../shared/live/layout';
import type { LiveDoc } from '../live/useYDoc';
import { CollaborativeField } from './CollaborativeField';
import { PATHWAY_STATUS_LABELS } from './roomLabels';
import { SharedSelect } from './SharedSelect';

interface Props {
  live: LiveDoc;
  pathway: PathwayKey;
  label: string;
  entry: Y.Map<unknown> | undefined;
  readOnly: boolean;
}

export function PathwayPlan({ live, pathway, label, entry, readOnly }: Props) {
  return (
    <div className="roundtable-pathway" data-pathway={pathway}>
      <h4 className="govuk-heading-s">{label}</h4>
      <SharedSelect id={`pathway-${pathway}-status`} label="Status" map={entry} field="status" options={PATHWAY_STATUS_LABELS} readOnly={readOnly} />
      <CollaborativeField live={live} ytext={entry?.get('need') as Y.Text | undefined} fieldKey={`pathways.${pathway}.need`} label="Need" rows={2} readOnly={readOnly} />
      <CollaborativeField live={live} ytext={entry?.get('plan') as Y.Text | undefined} fieldKey={`pathways.${pathway}.plan`} label="Plan" rows={2} readOnly={readOnly} />
    </div>
  );
}
