import { useCallback, useEffect, useState } from 'react';
import type { DependencyList } from 'react';

export interface ApiQuery<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/**
 * Runs `load` whenever `deps` change, cancelling the previous request so a slow answer for an old
 * page never overwrites a newer one. Keeps the last data while reloading to avoid flicker.
 */
export function useApiQuery<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): ApiQuery<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    load(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; the caller's deps say when it really changes
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, loading, error, reload };
}
