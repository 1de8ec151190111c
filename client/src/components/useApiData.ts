// Loads data for a page: cancels the request when the page goes away or the loader changes.
import { useEffect, useState } from 'react';

export type ApiData<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed'; error: Error };

export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>): ApiData<T> {
  const [result, setResult] = useState<ApiData<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ status: 'loaded', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [load]);
  return result;
}
