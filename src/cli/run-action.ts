import { InputError, formatIssues } from '../engine/input-issue.ts';
import { CalendarCoverageError } from '../engine/calendar/index.ts';
import type { Lang } from '../engine/localized.ts';
import { NoParametersError } from '../engine/parameters.ts';

/** Exit codes: 0 done, 1 the input cannot be used (nothing was written), 2 wrong usage. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** A usage problem the person can fix on the command line. */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * Runs a command's action and turns known failures into a clear message and an exit code,
 * so a bad file never ends in a stack trace or a half-written output.
 */
export type ActionRunner = <A extends unknown[]>(
  action: (...args: A) => Promise<void>,
) => (...args: A) => Promise<void>;

export const runAction: ActionRunner =
  (action) =>
  async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      const lang = langOf(args);
      if (error instanceof InputError) {
        const count = error.issues.length;
        const head =
          lang === 'zh'
            ? `输入文件有 ${count} 处问题，未生成任何结果：`
            : `The input has ${count} problem(s); nothing was written:`;
        process.stderr.write(`${head}\n${formatIssues(error.issues, lang)}\n`);
        process.exitCode = EXIT_INPUT;
      } else if (error instanceof UsageError) {
        process.stderr.write(`${lang === 'zh' ? error.zh : error.en}\n`);
        process.exitCode = EXIT_USAGE;
      } else if (error instanceof CalendarCoverageError || error instanceof NoParametersError) {
        process.stderr.write(`${error.localized[lang]}\n`);
        process.exitCode = EXIT_INPUT;
      } else throw error;
    }
  };

function langOf(args: unknown[]): Lang {
  for (const arg of args) {
    if (arg && typeof arg === 'object' && 'lang' in arg && (arg as { lang: unknown }).lang === 'en')
      return 'en';
  }
  return 'zh';
}
