import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';

/** Today's date in China (YYYY-MM-DD), whatever the browser's time zone. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * The date the procedure counts from: on a demo server the demo clock's (it may have been moved,
 * `/api/demo/clock`), else today in China.
 * @example const today = useProcedureToday(); // '2026-11-23'
 */
export function useProcedureToday(): string {
  const [today, setToday] = useState(chinaToday);
  useEffect(() => {
    const controller = new AbortController();
    api.get<{ today: string }>('/api/demo/clock', { signal: controller.signal }).then(
      (clock) => setToday(clock.today),
      () => undefined, // not a demo server: the calendar's date stands
    );
    return () => controller.abort();
  }, []);
  return today;
}
