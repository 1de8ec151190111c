// The custody episode form's rules, pure so they are unit-tested: what the user typed → the body for
// POST/PUT /api/people/:id/custody-episodes, or the errors for the GOV.UK error summary (each naming its input's id).
import { custodyEpisodeInput, custodyEpisodeProblems, type CustodyEpisode, type CustodyEpisodeInput } from '../../../../shared/domain/custodyEpisodes';
import { dateProblem, toParts, type DateParts } from './personForm';

export interface EpisodeFormState {
  type: string;
  recallType: string;
  startDate: DateParts;
  endDate: DateParts;
  prison: string;
  reason: string;
}

export type EpisodeField = keyof EpisodeFormState;

/** The input each field's error links to. */
export const EPISODE_INPUT_IDS: Record<EpisodeField, string> = {
  type: 'episodeType',
  recallType: 'recallType',
  startDate: 'startDate-day',
  endDate: 'endDate-day',
  prison: 'episodePrison',
  reason: 'episodeReason',
};

export interface EpisodeFormError {
  field: EpisodeField;
  message: string;
}

const ORDER: EpisodeField[] = ['type', 'recallType', 'startDate', 'endDate', 'prison', 'reason'];

/** The form for a new episode (in the person's current prison) or filled from one. */
export function episodeForm(episode?: CustodyEpisode | null, prison?: string): EpisodeFormState {
  return {
    type: episode?.type ?? '',
    recallType: episode?.recallType ?? '',
    startDate: toParts(episode?.startDate),
    endDate: toParts(episode?.endDate),
    prison: episode ? (episode.prison ?? '') : (prison ?? ''),
    reason: episode?.reason ?? '',
  };
}

export function episodeBody(state: EpisodeFormState): { body?: CustodyEpisodeInput; errors: EpisodeFormError[] } {
  const errors: EpisodeFormError[] = [];
  const start = dateProblem('Start date', state.startDate);
  if (start.message) errors.push({ field: 'startDate', message: start.message });
  else if (!start.iso) errors.push({ field: 'startDate', message: 'Enter the date the custody started' });
  const end = dateProblem('End date', state.endDate);
  if (end.message) errors.push({ field: 'endDate', message: end.message });
  const candidate = {
    type: state.type || undefined,
    ...(state.type === 'recall' && state.recallType ? { recallType: state.recallType } : {}),
    startDate: start.iso ?? undefined,
    endDate: end.iso,
    ...(state.prison.trim() ? { prison: state.prison } : {}),
    ...(state.reason.trim() ? { reason: state.reason } : {}),
  };
  const parsed = custodyEpisodeInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'type') as EpisodeField;
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
    }
  }
  // The rules across fields, also when a field above is missing (zod checks them only on a complete episode).
  for (const problem of custodyEpisodeProblems(candidate as Partial<CustodyEpisodeInput>))
    if (!errors.some((e) => e.field === problem.field)) errors.push(problem);
  if (errors.length || !parsed.success) return { errors: [...errors].sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field)) };
  return { body: parsed.data, errors: [] };
}
