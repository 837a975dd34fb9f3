// The HTTP contract of the working-day calendar (src/server/routes/calendar.ts).
import { api } from './client.ts';

/** One year the calendar holds (`CalendarYear`). */
export interface CalendarYear {
  year: number;
  /** built_in: the chinese-days data shipped with the system; entered: from the notice. */
  origin: 'built_in' | 'entered';
  source: string | null;
  /** Entered years only: days off, YYYY-MM-DD. */
  holidays: string[];
  /** Entered years only: weekend days made working days. */
  workingDays: string[];
  enteredAt: string | null;
}

/** `GET /api/calendar` (`Calendar`). */
export interface CalendarOverview {
  years: CalendarYear[];
  builtIn: { firstYear: number; lastYear: number };
  /** The procedure's date. */
  today: string;
  /** From November: next year, when neither built in nor entered. */
  missingNextYear: number | null;
}

/** `POST /api/calendar/years` (`EnterCalendarYear`). */
export interface CalendarYearInput {
  year: number | null;
  source: string;
  holidays: string[];
  workingDays: string[];
}

export const calendarApi = {
  overview: (signal?: AbortSignal) => api.get<CalendarOverview>('/api/calendar', { signal }),
  enter: (input: CalendarYearInput) => api.post<CalendarYear>('/api/calendar/years', input),
  /** The file of `pingding calendar import`: JSON { year, source, holidays, working_days }. */
  importFile: (content: string) => api.post<CalendarYear>('/api/calendar/import', { content }),
};
