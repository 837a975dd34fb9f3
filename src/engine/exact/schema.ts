import { z } from 'zod';
import { Exact } from './exact.ts';
import { parseDecimal } from './decimal.ts';

/**
 * A zod schema for a decimal written as a string, read exactly.
 * @example exactDecimal.parse('0.05').toDecimal(2) // '0.05'
 */
export const exactDecimal = z.string().transform((text, ctx): Exact => {
  const value = parseDecimal(text.trim());
  if (!value) {
    ctx.addIssue({ code: 'custom', message: `expected a decimal number, got "${text}"` });
    return z.NEVER;
  }
  return value;
});

/** A zod schema for a whole number written as a string. */
export const wholeNumber = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform((text) => Number.parseInt(text, 10));
