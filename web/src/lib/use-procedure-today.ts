import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client.ts';

/** Today's date in China (YYYY-MM-DD), whatever the browser's time zone. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** The date the procedure counts from, and whether a demo server's clock has moved it. */
export interface ProcedureDate {
  today: string;
  set: boolean;
  /** False until the server has answered (the browser's date in China stands meanwhile). */
  known: boolean;
}

let current: ProcedureDate = { today: chinaToday(), set: false, known: false };
let asking: Promise<void> | null = null;
const listeners = new Set<() => void>();

/**
 * Asks the server again for the procedure's date (`GET /api/demo/clock`: on a demo server the
 * demo clock's, else today in China), e.g. after the administrator moved it.
 */
export function refreshProcedureDate(): Promise<void> {
  asking = api.get<{ today: string; set: boolean }>('/api/demo/clock').then(
    (clock) => {
      current = { today: clock.today, set: clock.set, known: true };
      listeners.forEach((listener) => listener());
    },
    () => undefined, // the server is unreachable: the calendar's date stands
  );
  return asking;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The procedure's date, shared by every screen: asked once, again after `refreshProcedureDate`.
 * @example const { today, set } = useProcedureDate();
 */
export function useProcedureDate(): ProcedureDate {
  const date = useSyncExternalStore(subscribe, () => current);
  useEffect(() => {
    if (!current.known && !asking) void refreshProcedureDate();
  }, []);
  return date;
}

/**
 * The date the procedure counts from: on a demo server the demo clock's (it may have been moved,
 * `/api/demo/clock`), else today in China. Date pickers offer and cap at this date, not the
 * browser's.
 * @example const today = useProcedureToday(); // '2026-11-23'
 */
export function useProcedureToday(): string {
  return useProcedureDate().today;
}
