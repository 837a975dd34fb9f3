import { Argument } from 'commander';
import type { Lang, Localized } from '../engine/localized.ts';
import { UsageError } from './run-action.ts';
import { todayInChina } from '../engine/calendar/today.ts';

/** The `<method>` argument, limited to the methods a command knows. */
export function methodArgument(methods: readonly string[]): Argument {
  return new Argument('<method>', `办法 / method: ${methods.join(', ')}`).choices(methods);
}

/**
 * The rating date: a real calendar date, default today in China.
 * @example ratingDate('2026-02-30') // throws UsageError
 */
export function ratingDate(text: string | undefined): string {
  if (text === undefined) return todayInChina();
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!valid)
    throw new UsageError(
      `--date 应为有效日期 YYYY-MM-DD，收到“${text}”`,
      `--date must be a real date YYYY-MM-DD, got "${text}"`,
    );
  return text;
}

/**
 * Progress lines on the terminal (standard error) for long runs: each step as it begins, with the
 * time so far, once a second has passed or once the input is known to be large. Silent when
 * standard error is not a terminal, unless PINGDING_PROGRESS=1, so scripts read clean output.
 */
export function progressReporter(lang: Lang, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  const enabled = stream.isTTY === true || process.env.PINGDING_PROGRESS === '1';
  let large = false;
  const elapsed = () => (performance.now() - started) / 1000;
  const show = (text: string) => {
    if (enabled && (large || elapsed() >= 1)) stream.write(`[${elapsed().toFixed(1)} s] ${text}\n`);
  };
  return {
    /** Call once the size is known: from about 100,000 rows (10 MB) on, every step is shown. */
    expect(rows: number) {
      large = rows >= 100_000;
    },
    step(text: Localized) {
      show(`${text[lang]}…`);
    },
    done() {
      show(lang === 'zh' ? '完成' : 'done');
    },
  };
}
