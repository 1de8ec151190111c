// Adding or changing one custody episode or recall: GOV.UK radios (the type of recall shown once "Recall" is chosen),
// date inputs and an error summary; checked here with the shared rules and again by the server, nothing saved on bad input.
import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { CUSTODY_EPISODE_TYPES, CUSTODY_EPISODE_TYPE_LABELS } from '../../../../shared/domain/custodyEpisodes';
import type { PersonView } from '../../../../shared/domain/records';
import { ApiError } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { EPISODE_INPUT_IDS, episodeBody, episodeForm, type EpisodeField, type EpisodeFormError, type EpisodeFormState } from './custodyEpisodeForm';
import { FieldErrors, personApi } from './personApi';
import { PersonSubpage } from './PersonSubpage';
import { DateInput, Radios, RecallTypeRadios, TextArea, TextInput } from './PersonFields';

const RECALL_HINT = 'A fixed-term recall lasts 14 or 28 days; a standard recall lasts until the Parole Board or probation directs release.';

function serverErrors(err: unknown): EpisodeFormError[] {
  if (err instanceof FieldErrors)
    return err.fields.map((f) => {
      const field = f.field.split('.')[0] as EpisodeField;
      return { field: field in EPISODE_INPUT_IDS ? field : 'type', message: f.message };
    });
  return [{ field: 'startDate', message: err instanceof ApiError ? err.message : 'Something went wrong on our side. Please try again.' }];
}

function EpisodeForm({ person, initial, episodeId }: { person: PersonView; initial: EpisodeFormState; episodeId?: string }) {
  const navigate = useNavigate();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<EpisodeFormError[]>([]);
  const [saving, setSaving] = useState(false);
  usePageTitle(episodeId ? 'Change a custody episode' : 'Add a custody episode or recall', errors.length > 0);
  const errorOf = (field: EpisodeField) => errors.find((e) => e.field === field)?.message;
  const set = <K extends EpisodeField>(key: K) => (value: EpisodeFormState[K]) => setState((s) => ({ ...s, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const { body, errors: found } = episodeBody(state);
    if (!body) return setErrors(found);
    setSaving(true);
    try {
      if (episodeId) await personApi.changeEpisode(person._id, episodeId, body);
      else await personApi.addEpisode(person._id, body);
      void navigate(`/people/${person._id}`, { state: { saved: episodeId ? 'Custody episode changed' : 'Custody episode added' } });
    } catch (err) {
      setErrors(serverErrors(err));
      setSaving(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="custody-episode-form">
      <ErrorSummary errors={errors.map((e) => ({ field: EPISODE_INPUT_IDS[e.field], message: e.message }))} />
      <Radios
        id="episodeType"
        label="Type of custody"
        error={errorOf('type')}
        value={state.type}
        onChange={set('type')}
        choices={CUSTODY_EPISODE_TYPES.map((value) => ({ value, label: CUSTODY_EPISODE_TYPE_LABELS[value] }))}
      />
      {state.type === 'recall' && (
        <RecallTypeRadios id="recallType" hint={RECALL_HINT} error={errorOf('recallType')} value={state.recallType} onChange={set('recallType')} />
      )}
      <DateInput id="startDate" label="Start date" hint="The day the person went into custody, for example 27 3 2027" error={errorOf('startDate')} value={state.startDate} onChange={set('startDate')} />
      <DateInput
        id="endDate"
        label="End date (optional)"
        hint="The day the person was released from this episode. Leave it empty while they are still in custody."
        error={errorOf('endDate')}
        value={state.endDate}
        onChange={set('endDate')}
      />
      <TextInput id="episodePrison" label="Prison" error={errorOf('prison')} value={state.prison} onChange={set('prison')} width={20} />
      <TextArea
        id="episodeReason"
        label={state.type === 'recall' ? 'Reason for the recall' : 'Reason (optional)'}
        hint="For example, the offence charged or the licence condition breached. Everyone who sees the person can read it."
        error={errorOf('reason')}
        value={state.reason}
        onChange={set('reason')}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={saving} aria-disabled={saving}>
        {episodeId ? 'Save changes' : 'Save custody episode'}
      </button>
    </form>
  );
}

export function CustodyEpisodePage() {
  const { personId = '', episodeId } = useParams();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [person, episodes] = await Promise.all([personApi.view(personId, signal), personApi.episodes(personId, signal)]);
      return { person, episodes };
    },
    [personId],
  );
  const data = useApiData(load);
  usePageTitle(data.status === 'failed' ? 'Person not available' : episodeId ? 'Change a custody episode' : 'Add a custody episode or recall');

  return (
    <PersonSubpage personId={personId} data={data}>
      {({ person, episodes }) => {
        const episode = episodeId ? episodes.items.find((e) => e._id === episodeId) : undefined;
        return (
          <>
            <span className="govuk-caption-l">
              {person.name} ({person.caseReference})
            </span>
            <h1 className="govuk-heading-l">{episodeId ? 'Change a custody episode' : 'Add a custody episode or recall'}</h1>
            {!episodes.canEdit ? (
              <p className="govuk-body">Only the lead agency, a chair of one of the person&apos;s panels or an administrator can add or change custody episodes and recalls.</p>
            ) : episodeId && !episode ? (
              <p className="govuk-body">This custody episode is not on the person&apos;s record.</p>
            ) : (
              <EpisodeForm person={person} episodeId={episodeId} initial={episodeForm(episode, person.prison)} />
            )}
          </>
        );
      }}
    </PersonSubpage>
  );
}
