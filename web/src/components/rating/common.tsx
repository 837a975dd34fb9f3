import { App as AntApp } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Localized } from './types.ts';

/** The interface language as the method's texts name it. */
export function useLang(): 'zh' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

export const localized = (text: Localized | undefined, lang: 'zh' | 'en'): string =>
  text ? text[lang] : '';

/** A GET that reloads on demand: `{ data, error, loading, reload }`. */
export function useApiGet<T>(path: string | null) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({
    loading: path !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api.get<T>(path, { signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ error, loading: false });
      },
    );
    return () => controller.abort();
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/** Runs a step of the procedure; says so when done, returns the error otherwise. */
export function useStep() {
  const { message } = AntApp.useApp();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(
    async <T,>(path: string, body?: unknown): Promise<T | undefined> => {
      setBusy(true);
      setError(undefined);
      try {
        const answer = await api.post<T>(path, body);
        void message.success(t('rating.common.done'));
        return answer;
      } catch (e) {
        setError(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [message, t],
  );
  return { run, busy, error, clearError: () => setError(undefined) };
}
