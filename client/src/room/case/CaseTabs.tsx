// The tabs of one agenda item: the case documents (for a case), its restricted section (for the
// agencies the chair allows), then notes, decisions and actions.
import type { ReactNode } from 'react';
import type { LiveDoc } from '../../live/useYDoc';
import { ContingencyPlan } from './ContingencyPlan';
import { DayOfReleaseChecklist } from './DayOfReleaseChecklist';
import { ReleasePlan } from './ReleasePlan';
import { RestrictedSection } from './RestrictedSection';
import { RiskAssessment } from './RiskAssessment';
import { Tabs, type Tab } from './Tabs';

interface Props {
  caseDoc: LiveDoc | null;
  /** The case's restricted document, only when the server lets this user open it. */
  restrictedDoc: LiveDoc | null;
  /** The restricted tab is on screen (its document is opened only then: at most three sockets). */
  onRestrictedShown?(shown: boolean): void;
  notes: ReactNode;
  decisions: ReactNode;
  actions: ReactNode;
}

export function CaseTabs({ caseDoc, restrictedDoc, onRestrictedShown, notes, decisions, actions }: Props) {
  const caseTabs: Tab[] = caseDoc
    ? [
        { id: 'risk', label: 'Risk assessment', panel: <RiskAssessment live={caseDoc} /> },
        { id: 'release-plan', label: 'Release plan', panel: <ReleasePlan live={caseDoc} /> },
        { id: 'day-of-release', label: 'Day of release', panel: <DayOfReleaseChecklist live={caseDoc} /> },
        { id: 'contingency', label: 'Contingency', panel: <ContingencyPlan live={caseDoc} /> },
      ]
    : [];
  // Everyone who takes part in the case sees the tab; those the server does not let in see who holds it.
  const restrictedTabs: Tab[] = caseDoc
    ? [
        {
          id: 'restricted',
          label: 'Restricted: victim safety',
          className: 'roundtable-tab--restricted',
          panel: <RestrictedSection live={restrictedDoc} forCase={caseDoc.name} onShown={onRestrictedShown} />,
        },
      ]
    : [];
  const tabs: Tab[] = [
    ...caseTabs,
    ...restrictedTabs,
    { id: 'notes', label: 'Notes', panel: notes },
    { id: 'decisions', label: 'Decisions', panel: decisions },
    { id: 'actions', label: 'Actions', panel: actions },
  ];
  return <Tabs title="This item" tabs={tabs} />;
}
