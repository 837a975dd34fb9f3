export {
  addWorkingDays,
  calendarCoverage,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.ts';
export { CalendarCoverageError, type CalendarCoverage } from './coverage.ts';
export type { IsoDate } from './plain-date.ts';
