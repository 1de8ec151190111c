// The fixed fields of a case: risk groups and texts, resettlement pathways, the day-of-release checklist.
export const PATHWAYS = [
  { key: 'accommodation', label: 'Accommodation' },
  { key: 'ete', label: 'Education, training and employment' },
  { key: 'health', label: 'Health and wellbeing' },
  { key: 'finance', label: 'Finance, benefits and debt' },
  { key: 'family', label: 'Family and relationships' },
  { key: 'substance', label: 'Substance use' },
  { key: 'attitudes', label: 'Thinking and behaviour, attitudes to offending' },
] as const;
export type PathwayKey = (typeof PATHWAYS)[number]['key'];
export const PATHWAY_STATUSES = ['not-assessed', 'no-need', 'need', 'in-hand', 'resolved'] as const;
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];

export const RISK_GROUPS = [
  { key: 'public', label: 'Public' },
  { key: 'knownAdult', label: 'Known adult' },
  { key: 'children', label: 'Children' },
  { key: 'staff', label: 'Staff' },
  { key: 'self', label: 'Self' },
] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number]['key'];

/** Free-text fields of the shared risk assessment; each is a Y.Text in the 'risk' map. */
export const RISK_TEXT_FIELDS = [
  { key: 'whoAtRisk', label: 'Who is at risk' },
  { key: 'natureOfRisk', label: 'Nature of the risk' },
  { key: 'imminence', label: 'How imminent' },
  { key: 'staticFactors', label: 'Static factors' },
  { key: 'stableDynamic', label: 'Stable dynamic factors' },
  { key: 'acuteDynamic', label: 'Acute dynamic factors' },
  { key: 'protectiveFactors', label: 'Protective factors' },
  { key: 'licenceConditions', label: 'Licence conditions and rationale' },
  // The MAPPA risk management plan headings (victim safety planning is in the restricted doc).
  { key: 'supervision', label: 'Supervision' },
  { key: 'monitoringControl', label: 'Monitoring and control' },
  { key: 'interventionsTreatment', label: 'Interventions and treatment' },
  { key: 'contingency', label: 'Contingency plan' },
] as const;
export type RiskTextField = (typeof RISK_TEXT_FIELDS)[number]['key'];

export const DAY_OF_RELEASE = [
  { key: 'metAtGate', label: 'Met at the gate' },
  { key: 'firstNightAccommodation', label: 'Accommodation for the first night' },
  { key: 'probationAppointment', label: 'First probation appointment' },
  { key: 'benefitsClaim', label: 'Benefits claim' },
  { key: 'identification', label: 'ID' },
  { key: 'bankAccount', label: 'Bank account' },
  { key: 'gpRegistration', label: 'GP registration' },
  { key: 'medication', label: 'Medication / bridging prescription' },
  { key: 'treatmentAppointment', label: 'Treatment appointment' },
  { key: 'phone', label: 'Phone' },
] as const;
export type DayOfReleaseKey = (typeof DAY_OF_RELEASE)[number]['key'];
export const CHECK_STATES = ['unresolved', 'confirmed', 'not-needed'] as const;
export type CheckState = (typeof CHECK_STATES)[number];
