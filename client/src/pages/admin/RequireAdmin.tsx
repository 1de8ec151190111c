// Shows administrator pages to administrators only (the server refuses everyone else in any case).
import type { ReactNode } from 'react';
import { useSession } from '../../session/SessionContext';

export function RequireAdmin({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (user?.role !== 'admin') {
    return (
      <>
        <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
        <p className="govuk-body">Only partnership administrators can manage users and read the audit log.</p>
      </>
    );
  }
  return <>{children}</>;
}
