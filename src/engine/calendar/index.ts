export {
  addWorkingDays,
  builtInCalendar,
  calendarCoverage,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.ts';
export { WorkingCalendar, type YearArrangement } from './working-calendar.ts';
export { CalendarCoverageError, type CalendarCoverage } from './coverage.ts';
export type { IsoDate } from './plain-date.ts';
