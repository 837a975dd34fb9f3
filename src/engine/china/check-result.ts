import type { Localized } from '../localized.ts';

/**
 * Outcome of checking one field. `problem` is a stable machine code (e.g. for `InputIssue.code`);
 * `message` tells the person what was expected.
 */
export type CheckResult<P extends string = 'format'> =
  { ok: true } | { ok: false; problem: P; message: Localized };

/** The shared success value; frozen so no caller can turn it into a failure by accident. */
export const OK: { ok: true } = Object.freeze({ ok: true });

/**
 * Builds a failed result.
 * @example fail('length', { zh: '应为 18 位', en: 'must be 18 characters' })
 */
export function fail<P extends string>(problem: P, message: Localized): CheckResult<P> {
  return { ok: false, problem, message };
}
