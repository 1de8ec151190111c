import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { PersonView } from '../../../../shared/domain/records';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { PersonForm } from './PersonForm';
import { PersonSubpage } from './PersonSubpage';
import { personApi } from './personApi';
import { usePersonChoices } from './usePersonChoices';
import { PROTECTED_FORM_FIELDS, formFromPerson, patchBody, type FieldName, type FormError } from './personForm';
import { errorsFromServer } from './serverErrors';

/** Changed only through a recorded release-date change (ReleaseChanges.tsx), never silently here. */
const RECORDED_AS_EVENTS: ReadonlySet<FieldName> = new Set<FieldName>(['releaseDate', 'custodyStatus']);

function EditForm({ person }: { person: PersonView }) {
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormError[]>([]);
  usePageTitle(`Change ${person.name}`, errors.length > 0);
  const choices = usePersonChoices();
  const initial = useMemo(() => formFromPerson(person), [person]);
  const editable = useCallback(
    (field: FieldName) => !RECORDED_AS_EVENTS.has(field) && (person.canEditProtected || !PROTECTED_FORM_FIELDS.has(field)),
    [person.canEditProtected],
  );

  if (!person.canEdit) {
    return (
      <>
        <h1 className="govuk-heading-l">{person.name}</h1>
        <p className="govuk-body">You can see this person&apos;s record but not change it.</p>
      </>
    );
  }
  return (
    <>
      <span className="govuk-caption-l">{person.caseReference}</span>
      <h1 className="govuk-heading-l">Change {person.name}</h1>
      {person.canEditProtected && (
        <div className="govuk-inset-text" data-testid="release-change-pointer">
          The release date and custody status change only by recording the change, its type, reason and source, so everyone on the case is told:{' '}
          <Link className="govuk-link" to={`/people/${person._id}`}>
            record a change on the person&apos;s page
          </Link>
          .
        </div>
      )}
      <PersonForm
        initial={initial}
        agencies={choices.agencies}
            panels={choices.panels}
        editable={editable}
        submitLabel="Save changes"
        errors={errors}
        onErrors={setErrors}
        onSubmit={async (state) => {
          const { body, errors: found } = patchBody(state, person, editable);
          if (!body) return found;
          if (Object.keys(body).length > 0) {
            try {
              await personApi.update(person._id, body);
            } catch (err) {
              return errorsFromServer(err, editable('name') ? 'name' : 'ownViews');
            }
          }
          void navigate(`/people/${person._id}`, { state: { saved: 'Changes saved' } });
          return [];
        }}
      />
    </>
  );
}

export function EditPersonPage() {
  const { personId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => personApi.view(personId, signal), [personId]);
  const person = useApiData(load);
  usePageTitle(person.status === 'failed' ? 'Person not available' : 'Change a person');
  return (
    <PersonSubpage personId={personId} data={person}>
      {(loaded) => <EditForm person={loaded} />}
    </PersonSubpage>
  );
}
