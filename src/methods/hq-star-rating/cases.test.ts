// Worked cases of 88号 (openfisca style): each YAML file in ./cases is one small batch with the
// results the rules give, computed independently with Python fractions (see cases/build_cases.py
// and cases/reference.py). This runner reads the rows as the interchange file would, rates them and
// compares totals (4 places), exact totals, ranks, stars, unscored reasons, warnings, or the exact
// list of file issues.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import type { Table } from '../../engine/table/table.ts';
import { COLUMNS, readEnterprises } from './input.ts';
import { rateBatch, type BatchRating } from './rate.ts';

const CASES_DIR = new URL('./cases/', import.meta.url);

const issueSchema = z
  .object({ row: z.number().int().optional(), column: z.string().optional(), code: z.string() })
  .strict();

const resultSchema = z
  .object({
    uscc: z.string(),
    total: z.string().regex(/^-?\d+\.\d{4}$/),
    rank: z.number().int().positive(),
    stars: z.number().int().min(1).max(5),
    exact_total: z
      .string()
      .regex(/^-?\d+(\/\d+)?$/)
      .optional(),
  })
  .strict();

const warningSchema = z.union([
  z.string(),
  z.object({ code: z.string(), subjects: z.array(z.string()) }).strict(),
]);

const ratingExpectation = z
  .object({
    results: z.array(resultSchema),
    unscored: z.array(z.object({ uscc: z.string(), reasons: z.array(z.string()) }).strict()),
    warnings: z.array(warningSchema),
  })
  .strict();

const errorExpectation = z.object({ error: z.array(issueSchema).min(1) }).strict();

const caseSchema = z
  .object({
    title: z.string().min(1),
    rules: z.array(z.string()).min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    year: z.number().int(),
    settings: z
      .object({ noSpread: z.enum(['full_weight', 'zero']).optional() })
      .strict()
      .optional(),
    /** The header row, when a case needs a different one (missing columns); default COLUMNS. */
    columns: z.array(z.string()).optional(),
    // Cells are strings exactly as in the file: an unquoted YAML number would be a mistake.
    enterprises: z.array(z.record(z.string(), z.string())),
    skip_reason: z.string().optional(),
    expect: z.union([errorExpectation, ratingExpectation]),
  })
  .strict();

type Case = z.infer<typeof caseSchema>;
type Outcome = { issues: readonly InputIssue[] } | { rating: BatchRating };

function loadCases(): { file: string; case: Case }[] {
  return readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const raw: unknown = parse(readFileSync(new URL(file, CASES_DIR), 'utf8'));
      const parsed = caseSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { file, case: parsed.data };
    });
}

/** The table a file with these rows would give: header = row 1, data from row 2. */
function tableOf(c: Case): Table {
  const columns = c.columns ?? [...COLUMNS];
  return {
    columns,
    rows: c.enterprises.map((cells, index) => {
      for (const key of Object.keys(cells)) {
        if (!columns.includes(key)) throw new Error(`row ${index + 2}: unknown column ${key}`);
      }
      return {
        row: index + 2,
        cells: Object.fromEntries(columns.map((column) => [column, cells[column] ?? ''])),
      };
    }),
  };
}

/** Reads and rates the case as the command line does: every row, the header's columns, then the batch. */
function run(c: Case): Outcome {
  const table = tableOf(c);
  try {
    const { enterprises } = readEnterprises(table);
    return {
      rating: rateBatch(enterprises, { date: c.date, year: c.year, settings: c.settings ?? {} }),
    };
  } catch (error) {
    if (error instanceof InputError) return { issues: error.issues };
    throw error;
  }
}

const issueKey = (issue: { row?: number; column?: string; code: string }) =>
  `${String(issue.row ?? 0).padStart(6, '0')} ${issue.column ?? ''} ${issue.code}`;

function checkIssues(outcome: Outcome, expected: z.infer<typeof errorExpectation>) {
  if (!('issues' in outcome)) throw new Error('expected the file to be refused, but it was rated');
  for (const issue of outcome.issues) {
    expect(issue.message.zh, issueKey(issue)).not.toBe('');
    expect(issue.message.en, issueKey(issue)).not.toBe('');
  }
  const actual = outcome.issues.map((issue) => ({
    ...(issue.row === undefined ? {} : { row: issue.row }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
    code: issue.code,
  }));
  const byPlace = (a: { code: string }, b: { code: string }) =>
    issueKey(a).localeCompare(issueKey(b));
  // Every issue, exactly: none missing, none extra (order within the file does not matter).
  expect(actual.sort(byPlace)).toEqual([...expected.error].sort(byPlace));
}

function checkRating(outcome: Outcome, expected: z.infer<typeof ratingExpectation>) {
  if (!('rating' in outcome)) {
    const found = outcome.issues.map(issueKey).join('; ');
    throw new Error(`expected a rating, but the file was refused: ${found}`);
  }
  const { rating } = outcome;

  // Results come out in rank order; within a tie the order is not prescribed.
  const ranks = rating.results.map((result) => result.rank);
  expect(ranks, 'results in rank order').toEqual([...ranks].sort((a, b) => a - b));
  const wantsExact = new Set(
    expected.results.filter((r) => r.exact_total !== undefined).map((r) => r.uscc),
  );
  const actual = rating.results.map((result) => ({
    uscc: result.enterprise.uscc,
    total: result.total.toDecimal(4),
    rank: result.rank,
    stars: result.stars,
    ...(wantsExact.has(result.enterprise.uscc) ? { exact_total: result.total.toFraction() } : {}),
  }));
  const byRank = (a: { rank: number; uscc: string }, b: { rank: number; uscc: string }) =>
    a.rank - b.rank || a.uscc.localeCompare(b.uscc);
  expect(actual.sort(byRank)).toEqual([...expected.results].sort(byRank));

  expect(
    rating.unscored.map((entry) => ({
      uscc: entry.enterprise.uscc,
      reasons: entry.reasons.map((reason) => reason.code).sort(),
    })),
  ).toEqual(expected.unscored.map((entry) => ({ ...entry, reasons: [...entry.reasons].sort() })));

  expect(rating.warnings.map((warning) => warning.code)).toEqual(
    expected.warnings.map((warning) => (typeof warning === 'string' ? warning : warning.code)),
  );
  expected.warnings.forEach((warning, index) => {
    if (typeof warning === 'string') return;
    const subjects = [...(rating.warnings[index]?.subjects ?? [])].sort();
    expect(subjects, `subjects of warning ${index + 1} (${warning.code})`).toEqual(
      [...warning.subjects].sort(),
    );
  });
}

const cases = loadCases();

describe('hq-star-rating worked cases', () => {
  for (const { case: c } of cases) {
    const test = c.skip_reason ? it.skip : it;
    const name = c.skip_reason ? `${c.title} [skipped: ${c.skip_reason}]` : c.title;
    test(name, () => {
      const outcome = run(c);
      if ('error' in c.expect) checkIssues(outcome, c.expect);
      else checkRating(outcome, c.expect);
    });
  }
});

describe('hq-star-rating worked cases: coverage', () => {
  it('has a case for every computable rule and decision', () => {
    const covered = new Set(cases.flatMap(({ case: c }) => c.rules));
    const needed = ['R3', 'R4', 'R6', 'R7', 'R8', 'R9', 'R10', 'D1', 'D2', 'D3', 'D4', 'D5', 'D8'];
    expect(needed.filter((rule) => !covered.has(rule))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
});
