// Worked cases of 90号 (openfisca style): each YAML file in ./cases is one small family file (CSV
// text, as written) with the results the rules give, computed independently with Python fractions
// (cases/reference.py, cases/build_cases.py). This runner reads the file as the command line does
// (the engine's CSV reader, then the family reader), relieves it for the case's year and compares
// each family's relief and warning level, the county totals, the warnings with the families they
// name, or the exact list of file issues.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { dec } from '../../engine/exact/decimal.ts';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import { forEachTableRow } from '../../engine/table/read-table.ts';
import { COLUMNS, FamilyReader, HEAD_COLUMNS } from './input.ts';
import { relieveFamilies, type ReliefRun } from './relieve.ts';
import { WARNING_LEVELS } from './warning-level.ts';

const CASES_DIR = new URL('./cases/', import.meta.url);
const money = z.string().regex(/^\d+\.\d{2}$/);
const level = z.enum(WARNING_LEVELS);

const issueSchema = z
  .object({ row: z.number().int().optional(), column: z.string().optional(), code: z.string() })
  .strict();

const reliefExpectation = z
  .object({
    families: z.array(z.object({ family_id: z.string(), relief: money, warning: level }).strict()),
    /** CSV text: county,pilot,families,members,insured_members,out_of_pocket,relief, then the levels. */
    counties: z.string().optional(),
    total: z
      .object({ families: z.number().int(), out_of_pocket: money, relief: money })
      .strict()
      .optional(),
    warnings: z.array(
      z.union([z.string(), z.object({ code: z.string(), subjects: z.array(z.string()) }).strict()]),
    ),
  })
  .strict();

const errorExpectation = z.object({ error: z.array(issueSchema).min(1) }).strict();

const caseSchema = z
  .object({
    title: z.string().min(1),
    rules: z.array(z.string()).min(1),
    year: z.number().int(),
    settings: z
      .object({ watch_above: z.string(), relief_due_above: z.string() })
      .strict()
      .optional(),
    /** The family file as CSV text, header first. */
    file: z.string(),
    expect: z.union([errorExpectation, reliefExpectation]),
  })
  .strict();

type Case = z.infer<typeof caseSchema>;
type Outcome = { issues: readonly InputIssue[] } | { run: ReliefRun };

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

/** Reads and relieves the case as the command line does: the file, its rows, then the year's run. */
async function run(c: Case): Promise<Outcome> {
  try {
    const reader = new FamilyReader();
    const bytes = new TextEncoder().encode(c.file);
    await forEachTableRow({ fileName: 'case.csv', bytes }, { required: [...COLUMNS] }, (row) =>
      reader.add(row),
    );
    const { families } = reader.finish();
    const thresholds = c.settings && {
      watchAbove: dec(c.settings.watch_above),
      reliefDueAbove: dec(c.settings.relief_due_above),
    };
    return {
      run: relieveFamilies(families, { year: c.year, ...(thresholds ? { thresholds } : {}) }),
    };
  } catch (error) {
    if (error instanceof InputError) return { issues: error.issues };
    throw error;
  }
}

const issueKey = (issue: { row?: number; column?: string; code: string }) =>
  `${String(issue.row ?? 0).padStart(6, '0')} ${issue.column ?? ''} ${issue.code}`;

function checkIssues(outcome: Outcome, expected: z.infer<typeof errorExpectation>) {
  if (!('issues' in outcome))
    throw new Error('expected the file to be refused, but it was relieved');
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
  // Every issue, exactly: none missing, none extra.
  expect(actual.sort(byPlace)).toEqual([...expected.error].sort(byPlace));
}

function checkRelief(outcome: Outcome, expected: z.infer<typeof reliefExpectation>) {
  if (!('run' in outcome)) {
    throw new Error(
      `expected a run, but the file was refused: ${outcome.issues.map(issueKey).join('; ')}`,
    );
  }
  const { run: result } = outcome;
  expect(
    result.results.map((entry) => ({
      family_id: entry.family.familyId,
      relief: entry.relief.toDecimal(2),
      warning: entry.level,
    })),
  ).toEqual(expected.families);
  // Exact to the fen (MD2): every relief and total is a whole number of fen, never rounded.
  for (const entry of result.results) expect(entry.relief.times(dec('100')).reduced().den).toBe(1n);
  if (expected.counties) {
    const lines = result.counties.map((county) =>
      [
        county.county,
        county.pilot,
        county.families,
        county.members,
        county.insuredMembers,
        county.outOfPocket.toDecimal(2),
        county.relief.toDecimal(2),
        ...WARNING_LEVELS.map((level) => county.levels[level]),
      ].join(','),
    );
    expect(lines).toEqual(expected.counties.trim().split('\n').slice(1));
  }
  if (expected.total) {
    expect({
      families: result.total.families,
      out_of_pocket: result.total.outOfPocket.toDecimal(2),
      relief: result.total.relief.toDecimal(2),
    }).toEqual(expected.total);
  }
  expect(result.warnings.map((warning) => warning.code)).toEqual(
    expected.warnings.map((warning) => (typeof warning === 'string' ? warning : warning.code)),
  );
  expected.warnings.forEach((warning, index) => {
    if (typeof warning === 'string') return;
    expect(result.warnings[index]?.subjects ?? [], `subjects of ${warning.code}`).toEqual(
      warning.subjects,
    );
  });
  for (const warning of result.warnings) {
    expect(warning.message.zh).not.toBe('');
    expect(warning.message.en).not.toBe('');
    expect(warning.citation.rule).toMatch(/^M/);
  }
}

const cases = loadCases();

describe('medical-relief worked cases', () => {
  for (const { file, case: c } of cases) {
    it(`${c.title} (${file})`, async () => {
      const outcome = await run(c);
      if ('error' in c.expect) checkIssues(outcome, c.expect);
      else checkRelief(outcome, c.expect);
    });
  }
});

describe('medical-relief worked cases: coverage', () => {
  it('has a case for every computable rule and decision', () => {
    const covered = new Set(cases.flatMap(({ case: c }) => c.rules));
    const needed = ['M1', 'M2', 'M3', 'M4', 'MD1', 'MD2', 'MD3', 'MD4', 'file'];
    expect(needed.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('knows every optional personal-data column it reads', () => {
    expect([...HEAD_COLUMNS]).toEqual(['head_name', 'head_id_number', 'head_mobile']);
  });
});
