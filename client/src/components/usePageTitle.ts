import { useEffect } from 'react';

export const SERVICE_NAME = 'Roundtable';

/** Sets the document title the GOV.UK way: "Page – Service", prefixed with "Error: " when a form failed. */
export function usePageTitle(title: string, hasError = false) {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasError]);
}
