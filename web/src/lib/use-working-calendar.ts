import { useCallback, useEffect, useMemo, useState } from 'react';
import { builtInCalendar, type WorkingCalendar } from '../../../src/engine/calendar/index.ts';
import { calendarApi, type CalendarOverview } from '../api/calendar.ts';

/**
 * The working-day calendar the procedures count on: the built-in years with those the
 * administrator entered (`GET /api/calendar`). Until it has answered (or if it cannot be read)
 * the built-in years alone, which refuse more but never guess.
 * @example const { calendar } = useWorkingCalendar(); calendar.addWorkingDays('2026-12-24', 7)
 */
export function useWorkingCalendar(): {
  calendar: WorkingCalendar;
  overview: CalendarOverview | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
} {
  const [overview, setOverview] = useState<CalendarOverview | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    calendarApi.overview(controller.signal).then(
      (answer) => {
        setOverview(answer);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [tick]);
  const calendar = useMemo(
    () =>
      builtInCalendar().with(
        (overview?.years ?? [])
          .filter((year) => year.origin === 'entered')
          .map(({ year, holidays, workingDays }) => ({ year, holidays, workingDays })),
      ),
    [overview],
  );
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { calendar, overview, loading, error, reload };
}
