import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../components/usePageTitle';
import { PersonForm } from './PersonForm';
import { personApi } from './personApi';
import { usePersonChoices } from './usePersonChoices';
import { createBody, formFromPerson, type FormError } from './personForm';
import { errorsFromServer } from './serverErrors';

/** "Add a person": checked here with the shared schema and again by the server; nothing is saved on bad input. */
export function NewPersonPage() {
  const [errors, setErrors] = useState<FormError[]>([]);
  usePageTitle('Add a person', errors.length > 0);
  const navigate = useNavigate();
  const choices = usePersonChoices();
  const initial = useMemo(() => formFromPerson(), []);

  return (
    <>
      <Link to="/people" className="govuk-back-link">
        Back to people
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Add a person</h1>
          <PersonForm
            initial={initial}
            agencies={choices.agencies}
            panels={choices.panels}
            editable={() => true}
            submitLabel="Save person"
            adding
            errors={errors}
            onErrors={setErrors}
            onSubmit={async (state) => {
              const { body, errors: found } = createBody(state);
              if (!body) return found;
              try {
                const person = await personApi.create(body);
                void navigate(`/people/${person._id}`, { state: { saved: 'Person added' } });
                return [];
              } catch (err) {
                return errorsFromServer(err, 'name');
              }
            }}
          />
        </div>
      </div>
    </>
  );
}
