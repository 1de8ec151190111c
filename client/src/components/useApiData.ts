// Loads data for a page: cancels the request when the page goes away or the loader changes.
import { useCallback, useEffect, useState } from 'react';

export type ApiData<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed'; error: Error };

export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>): ApiData<T> & { reload(): void } {
  const [result, setResult] = useState<ApiData<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ status: 'loaded', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...result, reload };
}
