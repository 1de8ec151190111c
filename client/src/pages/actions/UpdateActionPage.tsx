import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { ActionSummary } from './ActionSummary';
import { CorrectActionForm } from './CorrectActionForm';
import { ProgressNotes } from './ProgressNotes';
import { UpdateActionForm } from './UpdateActionForm';

export function UpdateActionPage() {
  const { actionId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => api.action(actionId, signal), [actionId]);
  const action = useApiData(load);
  usePageTitle(action.status === 'failed' ? 'Action not available' : 'Update an action');

  return (
    <>
      <Link to="/actions" className="govuk-back-link">
        Back to our open actions
      </Link>
      {action.status === 'loading' && <Loading what="action" />}
      {action.status === 'failed' && <LoadFailed error={action.error} title="Action not available" />}
      {action.status === 'loaded' && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <UpdateActionForm action={action.data}>
              <ActionSummary action={action.data} />
            </UpdateActionForm>
            <CorrectActionForm action={action.data} />
            <ProgressNotes notes={action.data.progressNotes} />
          </div>
        </div>
      )}
    </>
  );
}
