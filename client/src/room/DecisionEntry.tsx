// One decision: what was decided, why, and which agencies it binds.
import type * as Y from 'yjs';
import type { Agency } from '../../../shared/domain/records';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';
import { AgencyCheckboxes } from './AgencyCheckboxes';
import { CollaborativeField } from './CollaborativeField';

interface Props {
  live: LiveDoc;
  id: string;
  number: number;
  decision: Y.Map<unknown>;
  agencies: Agency[];
  readOnly: boolean;
}

export function DecisionEntry({ live, id, number, decision, agencies, readOnly }: Props) {
  useYObserved(decision);
  const agencyIds = (decision.get('agencyIds') as string[] | undefined) ?? [];
  return (
    <div className="roundtable-decision" data-decision={id}>
      <h4 className="govuk-heading-s">Decision {number}</h4>
      <CollaborativeField live={live} ytext={decision.get('text') as Y.Text | undefined} fieldKey={`decisions.${id}.text`} label="Decision" rows={2} readOnly={readOnly} />
      <CollaborativeField live={live} ytext={decision.get('rationale') as Y.Text | undefined} fieldKey={`decisions.${id}.rationale`} label="Rationale" rows={2} readOnly={readOnly} />
      <AgencyCheckboxes idPrefix={`decision-${id}`} legend="Binds" agencies={agencies} selected={agencyIds} readOnly={readOnly} onChange={(ids) => decision.set('agencyIds', ids)} />
    </div>
  );
}
