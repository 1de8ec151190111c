// The tabs of one agenda item: the case documents (for a case), then notes, decisions and actions.
import type { ReactNode } from 'react';
import type { LiveDoc } from '../live/useYDoc';
import { ContingencyPlan } from './ContingencyPlan';
import { DayOfReleaseChecklist } from './DayOfReleaseChecklist';
import { ReleasePlan } from './ReleasePlan';
import { RiskAssessment } from './RiskAssessment';
import { Tabs, type Tab } from './Tabs';

interface Props {
  caseDoc: LiveDoc | null;
  readOnly: boolean;
  notes: ReactNode;
  decisions: ReactNode;
  actions: ReactNode;
}

export function CaseTabs({ caseDoc, readOnly, notes, decisions, actions }: Props) {
  const caseTabs: Tab[] = caseDoc
    ? [
        { id: 'risk', label: 'Risk assessment', panel: <RiskAssessment live={caseDoc} readOnly={readOnly} /> },
        { id: 'release-plan', label: 'Release plan', panel: <ReleasePlan live={caseDoc} readOnly={readOnly} /> },
        { id: 'day-of-release', label: 'Day of release', panel: <DayOfReleaseChecklist live={caseDoc} readOnly={readOnly} /> },
        { id: 'contingency', label: 'Contingency', panel: <ContingencyPlan live={caseDoc} readOnly={readOnly} /> },
      ]
    : [];
  const tabs: Tab[] = [
    ...caseTabs,
    { id: 'notes', label: 'Notes', panel: notes },
    { id: 'decisions', label: 'Decisions', panel: decisions },
    { id: 'actions', label: 'Actions', panel: actions },
  ];
  return <Tabs title="This item" tabs={tabs} />;
}
