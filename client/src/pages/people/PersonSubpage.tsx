// The frame of a page about one person (change the record, add a custody episode): a back link to the person, then
// the page in two thirds of the width once its data has loaded.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import type { ApiData } from '../../components/useApiData';

export function PersonSubpage<T>({ personId, data, children }: { personId: string; data: ApiData<T>; children(loaded: T): ReactNode }) {
  return (
    <>
      <Link to={`/people/${personId}`} className="govuk-back-link">
        Back to the person
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {data.status === 'loading' && <Loading what="person" />}
          {data.status === 'failed' && <LoadFailed error={data.error} title="Person not available" />}
          {data.status === 'loaded' && children(data.data)}
        </div>
      </div>
    </>
  );
}
