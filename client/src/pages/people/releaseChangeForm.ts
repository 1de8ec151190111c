// The release-date change form's rules, pure so they are unit-tested: what the user typed → the body for
// POST /api/people/:id/release-changes, or the errors for the GOV.UK error summary (each naming its field's id).
import { RELEASE_CHANGE_TYPES, releaseChangeInput, type ReleaseChangeInput } from '../../../../shared/domain/personEvents';
import { RECALL_TYPES } from '../../../../shared/domain/custodyEpisodes';
import { dateProblem, type DateParts } from './personForm';

export interface ReleaseChangeFormState {
  releaseDate: DateParts;
  noReleaseDate: boolean;
  custodyStatus: string;
  /** With a change to recalled: fixed-term or standard. */
  recallType: string;
  type: string;
  reason: string;
  source: string;
}

export interface ReleaseChangeFormError {
  /** The id of the input the message links to. */
  field: 'newReleaseDate-day' | 'custodyStatusChange' | 'changeRecallType' | 'changeType' | 'changeReason' | 'changeSource';
  message: string;
}

export function initialReleaseChange(person: { releaseDate?: string | null; custodyStatus: string }): ReleaseChangeFormState {
  const [year = '', month = '', day = ''] = (person.releaseDate ?? '').split('-');
  return {
    releaseDate: { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year },
    noReleaseDate: !person.releaseDate,
    custodyStatus: person.custodyStatus === 'in-custody' ? 'sentenced' : person.custodyStatus,
    recallType: '',
    type: '',
    reason: '',
    source: '',
  };
}

export function releaseChangeBody(
  state: ReleaseChangeFormState,
  person: { releaseDate?: string | null; custodyStatus: string },
): { body?: ReleaseChangeInput; errors: ReleaseChangeFormError[] } {
  const errors: ReleaseChangeFormError[] = [];
  let releaseDate: string | null | undefined;
  if (state.noReleaseDate) releaseDate = null;
  else {
    const { iso, message } = dateProblem('New release date', state.releaseDate);
    if (message) errors.push({ field: 'newReleaseDate-day', message });
    else if (!iso) errors.push({ field: 'newReleaseDate-day', message: 'Enter the new release date, or choose "No release date"' });
    releaseDate = iso;
  }
  const current = person.custodyStatus === 'in-custody' ? 'sentenced' : person.custodyStatus;
  const body: Record<string, unknown> = {};
  if (releaseDate !== undefined && !errors.length && releaseDate !== (person.releaseDate ?? null)) body.releaseDate = releaseDate;
  if (state.custodyStatus && state.custodyStatus !== current) body.custodyStatus = state.custodyStatus;
  if (body.custodyStatus === 'recalled') {
    if ((RECALL_TYPES as readonly string[]).includes(state.recallType)) body.recallType = state.recallType;
    else errors.push({ field: 'changeRecallType', message: 'Select the type of recall' });
  }
  if (!errors.length && !('releaseDate' in body) && !('custodyStatus' in body))
    errors.push({ field: 'newReleaseDate-day', message: 'Change the release date or the custody status: both are as recorded now' });
  if (!(RELEASE_CHANGE_TYPES as readonly string[]).includes(state.type)) errors.push({ field: 'changeType', message: 'Select the type of change' });
  if (!state.reason.trim()) errors.push({ field: 'changeReason', message: 'Enter the reason for the change' });
  else if (state.reason.trim().length > 2000) errors.push({ field: 'changeReason', message: 'Reason must be 2000 characters or fewer' });
  if (!state.source.trim()) errors.push({ field: 'changeSource', message: 'Enter who told you (the source)' });
  else if (state.source.trim().length > 200) errors.push({ field: 'changeSource', message: 'Source must be 200 characters or fewer' });
  if (errors.length) return { errors };
  const parsed = releaseChangeInput.safeParse({ ...body, type: state.type, reason: state.reason, source: state.source });
  if (!parsed.success) return { errors: [{ field: 'newReleaseDate-day', message: parsed.error.issues[0]?.message ?? 'Check the change' }] };
  return { body: parsed.data, errors: [] };
}
