import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { PersonView } from '../../../../shared/domain/records';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { PersonForm } from './PersonForm';
import { personApi } from './personApi';
import { PROTECTED_FORM_FIELDS, formFromPerson, patchBody, type FieldName, type FormError } from './personForm';
import { errorsFromServer } from './serverErrors';

const loadAgencies = (signal: AbortSignal) => api.agencies(signal);

function EditForm({ person }: { person: PersonView }) {
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormError[]>([]);
  usePageTitle(`Change ${person.name}`, errors.length > 0);
  const agencies = useApiData(loadAgencies);
  const initial = useMemo(() => formFromPerson(person), [person]);
  const editable = useCallback((field: FieldName) => person.canEditProtected || !PROTECTED_FORM_FIELDS.has(field), [person.canEditProtected]);

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
      <PersonForm
        initial={initial}
        agencies={agencies.status === 'loaded' ? agencies.data.items : []}
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
    <>
      <Link to={`/people/${personId}`} className="govuk-back-link">
        Back to the person
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {person.status === 'loading' && <Loading what="person" />}
          {person.status === 'failed' && <LoadFailed error={person.error} title="Person not available" />}
          {person.status === 'loaded' && <EditForm person={person.data} />}
        </div>
      </div>
    </>
  );
}
