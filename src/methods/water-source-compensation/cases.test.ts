// Worked cases of 28号: each YAML file in ./cases is one year file with the allocation the rules
// give, computed independently with Python fractions (cases/build_cases.py and cases/reference.py).
// This runner writes the case's input as the JSON file a user would give, reads and allocates it,
// renders the JSON output of the command-line contract, and compares the amounts, scores, places,
// exact fractions, warnings and contributions — or the exact list of file issues.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import { allocateFund } from './allocate.ts';
import { readWaterInput } from './input.ts';
import { allocationJson } from './output.ts';

const CASES_DIR = new URL('./cases/', import.meta.url);
const money = z.string().regex(/^\d+\.\d{2}$/);
const fraction = z.string().regex(/^-?\d+(\/\d+)?$/);

const allocationSchema = z
  .object({
    county: z.string(),
    base: money,
    reward: money,
    total: money,
    score: z.string().regex(/^\d+\.\d{4}$/),
    place: z.number().int().positive(),
    base_exact: fraction.optional(),
    score_exact: fraction.optional(),
    reward_exact: fraction.optional(),
  })
  .strict();

const warningSchema = z.object({ code: z.string(), subjects: z.array(z.string()) }).strict();

const contributionSchema = z
  .object({
    county: z.string(),
    amount: money,
    of_which: z
      .array(z.object({ name: z.string(), amount: money, rule: z.string() }).strict())
      .optional(),
  })
  .strict();

const allocationExpectation = z
  .object({
    allocations: z.array(allocationSchema).length(4),
    warnings: z.array(warningSchema),
    contributions: z.array(contributionSchema).optional(),
  })
  .strict();

const issueSchema = z.object({ column: z.string().optional(), code: z.string() }).strict();
const errorExpectation = z.object({ error: z.array(issueSchema).min(1) }).strict();

const caseSchema = z
  .object({
    title: z.string().min(1),
    rules: z.array(z.string()).min(1),
    /** The year file as a JSON value (every figure a quoted string, as the file must have it). */
    input: z.unknown().optional(),
    /** Or the file's raw text, for a file that is not JSON at all. */
    input_text: z.string().optional(),
    expect: z.union([errorExpectation, allocationExpectation]),
  })
  .strict();

type Case = z.infer<typeof caseSchema>;

interface JsonDocument {
  allocations: Record<string, unknown>[];
  contributions: Record<string, unknown>[];
  warnings: { code: string; subjects?: string[] }[];
}

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

type Outcome = { issues: readonly InputIssue[] } | { document: JsonDocument };

function run(c: Case): Outcome {
  const text = c.input_text ?? JSON.stringify(c.input);
  try {
    const input = readWaterInput(text);
    const allocation = allocateFund(input);
    const json = allocationJson(allocation, { synthetic: input.synthetic, lang: 'zh' });
    return { document: JSON.parse(json) as JsonDocument };
  } catch (error) {
    if (error instanceof InputError) return { issues: error.issues };
    throw error;
  }
}

const issueKey = (issue: { column?: string; code: string }) =>
  `${issue.column ?? ''} ${issue.code}`;

function checkIssues(outcome: Outcome, expected: z.infer<typeof errorExpectation>) {
  if (!('issues' in outcome))
    throw new Error('expected the file to be refused, but it was allocated');
  for (const issue of outcome.issues) {
    expect(issue.message.zh, issueKey(issue)).not.toBe('');
    expect(issue.message.en, issueKey(issue)).not.toBe('');
  }
  const actual = outcome.issues.map((issue) => ({
    ...(issue.column === undefined ? {} : { column: issue.column }),
    code: issue.code,
  }));
  const byPlace = (a: { column?: string; code: string }, b: { column?: string; code: string }) =>
    issueKey(a).localeCompare(issueKey(b));
  // Every issue, exactly: none missing, none extra.
  expect(actual.sort(byPlace)).toEqual([...expected.error].sort(byPlace));
}

function checkAllocation(outcome: Outcome, expected: z.infer<typeof allocationExpectation>) {
  if (!('document' in outcome)) {
    throw new Error(
      `expected an allocation, but the file was refused: ${outcome.issues.map(issueKey).join('; ')}`,
    );
  }
  const { document } = outcome;
  // Only the fields the case names: exact fractions are compared where the case gives them.
  const actual = document.allocations.map((allocation, index) =>
    Object.fromEntries(
      Object.keys(expected.allocations[index] ?? {}).map((key) => [key, allocation[key]]),
    ),
  );
  expect(actual).toEqual(expected.allocations);
  expect(
    document.warnings.map(({ code, subjects }) => ({ code, subjects: subjects ?? [] })),
  ).toEqual(expected.warnings);
  if (expected.contributions) expect(document.contributions).toEqual(expected.contributions);
}

const cases = loadCases();

describe('water-source-compensation worked cases', () => {
  for (const { file, case: c } of cases) {
    it(`${c.title} [${file}]`, () => {
      const outcome = run(c);
      if ('error' in c.expect) checkIssues(outcome, c.expect);
      else checkAllocation(outcome, c.expect);
    });
  }
});

describe('water-source-compensation worked cases: coverage', () => {
  it('has a case for every computable rule and decision', () => {
    const covered = new Set(cases.flatMap(({ case: c }) => c.rules));
    const needed = ['W1', 'W2', 'W5', 'W6', 'W7', 'WD1', 'WD2', 'WD3', 'WD4', 'file'];
    expect(needed.filter((rule) => !covered.has(rule))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('every allocation case sums exactly to 140,000,000.00 and 30,000,000.00 (WD1)', () => {
    for (const { file, case: c } of cases) {
      const expected = c.expect;
      if ('error' in expected) continue;
      const fen = (key: 'base' | 'reward') =>
        expected.allocations.reduce((sum, entry) => sum + BigInt(entry[key].replace('.', '')), 0n);
      expect([fen('base'), fen('reward')], file).toEqual([14_000_000_000n, 3_000_000_000n]);
    }
  });
});
