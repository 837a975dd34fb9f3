import { useMemo } from 'react';
import { builtInCalendar, type WorkingCalendar } from '../../../src/engine/calendar/index.ts';
import { calendarApi, type CalendarOverview } from '../api/calendar.ts';
import { useLoad } from '../components/review/useLoad.ts';

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
  const loaded = useLoad((signal) => calendarApi.overview(signal), []);
  const overview = loaded.data ?? null;
  const calendar = useMemo(
    () =>
      builtInCalendar().with(
        (overview?.years ?? [])
          .filter((year) => year.origin === 'entered')
          .map(({ year, holidays, workingDays }) => ({ year, holidays, workingDays })),
      ),
    [overview],
  );
  return {
    calendar,
    overview,
    loading: loaded.loading,
    error: loaded.error,
    reload: loaded.reload,
  };
}
