// The command-line contract of hq-star-rating.md ("Interchange"), run as a user would:
// `node bin/pingding.js rate|explain hq-star-rating …` on small files in a temporary directory.
// Expected values are worked out by hand with Python fractions (see the batch below); each spawn
// costs about half a second, so the runs are few and each is checked for several things.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATE = ['--date', '2026-03-01', '--year', '2025'];

const A = '91330300MA07YARR9W';
const B = '91330300MA0FXMLK8K';
const C = '91330300MA0PX1FD4Q';
const D = '91330300MA10WCA772';

const HEADER =
  'uscc,name,county,revenue_2y,contribution_2y,rd_2y,pension_payers,tax_filers,top500,listings_3y';
// Python check (F = fractions.Fraction); pool = A, B, C (D has no revenue: unscored, D5):
//   revenue 2..10, contribution 1.1..5, R&D and pension rate without spread (10 + 10, D2)
//   A = F(8, 8) * 30 + F('3.9') / F('3.9') * 50 + 20                  = 100
//   B = F(6, 8) * 30 + (4 - F('1.1')) / (5 - F('1.1')) * 50 + 20 + 5 + 2 = 6761/78 ≈ 86.6795
//   C = 0 + 0 + 20 + 2 + 1                                              = 23
const GOOD = [
  HEADER,
  `${A},甲集团有限公司,鹿城区,10,5,100,90,100,,0`,
  `${B},乙集团有限公司,瑞安市,8,4,100,90,100,world,2`,
  `${C},丙集团有限公司,乐清市,2,1.1,100,90,100,private,1`,
  `${D},丁集团有限公司,龙港市,,1,100,90,100,,`,
].join('\r\n');

// Three problems: a wrong check character (row 2), an unknown county (row 3), text as revenue (row 4).
const BAD = [
  HEADER,
  `${A.slice(0, 17)}X,甲集团有限公司,鹿城区,10,5,100,90,100,,0`,
  `${B},乙集团有限公司,杭州市,8,4,100,90,100,,`,
  `${C},丙集团有限公司,乐清市,十亿,1.1,100,90,100,,`,
].join('\n');

let dir = '';
const path = (name: string) => join(dir, name);

function pingding(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/pingding.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PINGDING_PROGRESS: '0' },
  });
  if (run.error) throw run.error;
  return run;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingding-cli-'));
  writeFileSync(path('batch.csv'), GOOD);
  writeFileSync(path('batch-bom.csv'), `\uFEFF${GOOD}`);
  writeFileSync(path('bad.csv'), BAD);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('pingding rate hq-star-rating', () => {
  it('prints the JSON document of the contract, results in rank order', () => {
    const run = pingding('rate', 'hq-star-rating', '--input', path('batch.csv'), ...DATE);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      method: string;
      results: { uscc: string; total: string; rank: number; stars: number }[];
      unscored: { uscc: string; reason: string }[];
      warnings: { code: string }[];
    };
    expect(doc.method).toBe('hq-star-rating');
    expect(
      doc.results.map(({ uscc, total, rank, stars }) => ({ uscc, total, rank, stars })),
    ).toEqual([
      { uscc: A, total: '100.0000', rank: 1, stars: 5 },
      { uscc: B, total: '86.6795', rank: 2, stars: 5 },
      { uscc: C, total: '23.0000', rank: 3, stars: 5 },
    ]);
    expect(doc.unscored).toHaveLength(1);
    expect(doc.unscored[0]!.uscc).toBe(D);
    expect(doc.unscored[0]!.reason).toMatch(/\S/);
    expect(doc.warnings.map((warning) => warning.code)).toEqual([
      'no_spread',
      'no_spread',
      'unscored',
    ]);
  });

  it('accepts a CSV with a BOM and writes --format csv to a file', () => {
    const out = path('result.csv');
    const run = pingding(
      'rate',
      'hq-star-rating',
      '--input',
      path('batch-bom.csv'),
      '--format',
      'csv',
      '--output',
      out,
      ...DATE,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = lines[0]!.split(',');
    const rowOf = (uscc: string) => lines.find((line) => line.includes(uscc))!.split(',');
    const total = header.indexOf('总分');
    expect(total).toBeGreaterThanOrEqual(0);
    expect(rowOf(B)[total]).toBe('86.6795');
    expect(rowOf(A)[header.indexOf('名次')]).toBe('1');
    expect(lines.some((line) => line.includes(D))).toBe(true); // the unscored row is kept (D5)
  });

  it('writes --format xlsx to --output, readable with exceljs', async () => {
    const out = path('result.xlsx');
    const run = pingding(
      'rate',
      'hq-star-rating',
      '--input',
      path('batch.csv'),
      '--format',
      'xlsx',
      '--output',
      out,
      ...DATE,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    let headerRow = 0;
    let totalColumn = 0;
    let usccColumn = 0;
    sheet.eachRow((row, number) => {
      row.eachCell((cell, column) => {
        if (cell.value === '总分') [headerRow, totalColumn] = [number, column];
        if (cell.value === '统一社会信用代码') usccColumn = column;
      });
    });
    expect(headerRow).toBeGreaterThan(0);
    let total: unknown;
    sheet.eachRow((row, number) => {
      if (number > headerRow && row.getCell(usccColumn).value === B)
        total = row.getCell(totalColumn).value;
    });
    expect(Number(total)).toBe(86.6795);
  });

  it('refuses a malformed file: every issue with row and column in Chinese, nothing on stdout', () => {
    const run = pingding('rate', 'hq-star-rating', '--input', path('bad.csv'), ...DATE);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('3 处问题');
    expect(run.stderr).toMatch(/第 2 行 uscc 列：/);
    expect(run.stderr).toMatch(/第 3 行 county 列：/);
    expect(run.stderr).toMatch(/第 4 行 revenue_2y 列：/);
  });

  it('refuses a malformed file in English with --lang en, and writes no output file', () => {
    const out = path('never.json');
    const run = pingding(
      'rate',
      'hq-star-rating',
      '--input',
      path('bad.csv'),
      '--output',
      out,
      '--lang',
      'en',
      ...DATE,
    );
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('3 problem(s)');
    expect(run.stderr).toMatch(/row 2, column uscc: /);
    expect(run.stderr).toMatch(/row 3, column county: /);
    expect(run.stderr).toMatch(/row 4, column revenue_2y: /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('never'))).toEqual([]);
  });
});

describe('pingding explain hq-star-rating', () => {
  it('prints the filled-in formula, min and max, and the rule numbers', () => {
    const run = pingding(
      'explain',
      'hq-star-rating',
      '--input',
      path('batch.csv'),
      '--uscc',
      B,
      ...DATE,
    );
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).toContain('(8 − 2) ÷ (10 − 2) × 30'); // revenue, R4
    expect(text).toContain('= 22.5000');
    expect(text).toMatch(/批次最低值[^\n]*: 2 亿元/);
    expect(text).toMatch(/批次最高值: 10 亿元/);
    expect(text).toMatch(/批次最低值[^\n]*: 1\.1 亿元/); // contribution min
    expect(text).toContain('= 86.6795');
    for (const rule of ['R4', 'R7', 'R10', 'D1']) expect(text).toMatch(new RegExp(`\\b${rule}\\b`));
  });

  it('gives steps with citations as JSON', () => {
    const run = pingding(
      'explain',
      'hq-star-rating',
      '--input',
      path('batch.csv'),
      '--uscc',
      B,
      '--format',
      'json',
      ...DATE,
    );
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      steps: { key: string; citation: { rule: string; article: string }; exact?: string }[];
    };
    expect(doc.steps.length).toBeGreaterThan(0);
    for (const step of doc.steps) {
      expect(step.citation.rule, step.key).toMatch(/[RD]\d/);
      expect(typeof step.citation.article, step.key).toBe('string');
    }
    const step = (key: string) => doc.steps.find((candidate) => candidate.key === key)!;
    expect(step('score_revenue_2y').exact).toBe('45/2');
    expect(step('total').exact).toBe('6761/78');
    const rules = doc.steps.map((candidate) => candidate.citation.rule).join(' ');
    for (const rule of ['R4', 'R7', 'R10', 'D1'])
      expect(rules).toMatch(new RegExp(`\\b${rule}\\b`));
  });
});
