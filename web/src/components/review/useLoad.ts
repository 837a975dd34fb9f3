import { useCallback, useEffect, useState } from 'react';

/** Data loaded from the API, with its error and a way to load it again. */
export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads `load(signal)` when `deps` change; a newer load aborts the older one.
 * @example const batches = useLoad((s) => reviewApi.batches(s), []);
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const stable = useCallback(load, deps);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    stable(controller.signal).then(
      (value) => {
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [stable, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
