import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Localized } from './localized.ts';

/**
 * A method's parameters as dated versions. A revision of the regulation is a new entry with its
 * own `effective_from`, never an edit of an old one, so a past batch can always be recomputed
 * with the values in force on its date.
 */
export interface DatedVersion<T> {
  effectiveFrom: string;
  /** The document and date that set these values, e.g. `温政办〔2023〕88号 (2023-12-19)`. */
  source: string;
  values: T;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/**
 * Loads a YAML parameter file `{ versions: [{ effective_from, source, ...values }] }` and checks
 * each version's values against the method's schema (which sees every scalar as a string).
 * @example loadDatedParameters(new URL('./parameters.yaml', import.meta.url), schema)
 */
export function loadDatedParameters<T>(file: URL, schema: z.ZodType<T>): DatedVersion<T>[] {
  // The failsafe schema reads every scalar as a string, so no parameter ever passes through a double.
  const raw = parse(readFileSync(file, 'utf8'), { schema: 'failsafe' }) as unknown;
  const fileSchema = z.object({
    versions: z.array(z.looseObject({ effective_from: isoDate, source: z.string().min(1) })).min(1),
  });
  const { versions } = fileSchema.parse(raw);
  return versions
    .map(({ effective_from, source, ...values }) => ({
      effectiveFrom: effective_from,
      source,
      values: schema.parse(values),
    }))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/**
 * The version in force on a date: the latest whose `effectiveFrom` is not after it.
 * @throws NoParametersError when the date is before the first version.
 * @example versionInForce(versions, '2025-06-30').source
 */
export function versionInForce<T>(
  versions: readonly DatedVersion<T>[],
  date: string,
): DatedVersion<T> {
  let found: DatedVersion<T> | undefined;
  for (const version of versions) if (version.effectiveFrom <= date) found = version;
  if (!found) throw new NoParametersError(date, versions[0]?.effectiveFrom ?? '—');
  return found;
}

/** A computation asked for a date before the method took effect. */
export class NoParametersError extends Error {
  readonly localized: Localized;

  constructor(date: string, firstEffective: string) {
    const localized = {
      zh: `${date} 时该办法尚未施行（最早的参数自 ${firstEffective} 起施行），无法按其计算`,
      en: `the method was not in force on ${date}; its earliest parameters take effect on ${firstEffective}`,
    };
    super(localized.en);
    this.name = 'NoParametersError';
    this.localized = localized;
  }
}
