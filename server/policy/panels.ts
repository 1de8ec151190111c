// Panels: who plans their meetings, and when one panel's assessments may carry into another's.
import type { Panel, PublicUser, SharingBasis } from '../../shared/domain/records.js';
import { isActive } from './meetings.js';

export function chairsPanel(user: PublicUser, panel: Panel): boolean {
  return isActive(user) && (panel.chairIds ?? []).includes(user._id);
}

/** Scheduling a meeting, the proposed agenda: a chair of that panel or an administrator. */
export function canPlanPanel(user: PublicUser, panel: Panel): boolean {
  return isActive(user) && (user.role === 'admin' || chairsPanel(user, panel));
}

/**
 * A person's shared assessment from one panel's meeting starts their case in another panel's meeting only
 * when both are the same panel or a sharing basis is recorded for that pair (in that direction).
 */
export function mayCarryAssessment(fromPanelId: string, toPanelId: string, bases: SharingBasis[]): boolean {
  return fromPanelId === toPanelId || bases.some((b) => b.fromPanelId === fromPanelId && b.toPanelId === toPanelId);
}
