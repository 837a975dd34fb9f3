// The command-line contract of water-source-compensation.md ("Interchange"), run as a user would:
// `pingding allocate|explain|demo water-source-compensation …` on small files in a temporary
// directory, through bin/pingding.js.
// Expected amounts are those of cases/wd1-plain-rounding-gains-a-fen.yaml (Python fractions):
// thirds of 140,000,000 for 瑞安市, 文成县, 泰顺县 → 46,666,666.67 / .67 / .66, 瓯海区 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const METHOD = 'water-source-compensation';

const ENTRY = ['bin/pingding.js'];

const ones = { primary_zone_area: '1', catchment_area: '1', population: '1', water_area: '1' };
const zeros = { primary_zone_area: '0', catchment_area: '0', population: '0', water_area: '0' };
const ASSESSMENT = {
  瑞安市: { water_quality: '45', green_rate: '0.9', management: '14', performance: '4.5' },
  文成县: { water_quality: '48', green_rate: '0.8', management: '13', performance: '5' },
  泰顺县: { water_quality: '46', green_rate: '0.85', management: '12', performance: '4' },
  瓯海区: { water_quality: '44', green_rate: '0.95', management: '15', performance: '4' },
};
const GOOD = {
  year: 2024,
  factors: { 瑞安市: ones, 文成县: ones, 泰顺县: ones, 瓯海区: zeros },
  assessment: ASSESSMENT,
};
// Three problems: a negative population, a score above 50, a county that is not a receiver.
const BAD = {
  year: 2024,
  factors: { 瑞安市: { ...ones, population: '-1' }, 文成县: ones, 泰顺县: ones, 瓯海区: ones },
  assessment: { ...ASSESSMENT, 文成县: { ...ASSESSMENT.文成县, water_quality: '55' }, 苍南县: {} },
};
const ZERO = { ...GOOD, factors: { 瑞安市: zeros, 文成县: zeros, 泰顺县: zeros, 瓯海区: zeros } };

let dir = '';
const path = (name: string) => join(dir, name);

function pingding(...args: string[]) {
  const run = spawnSync(process.execPath, [...ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PINGDING_PROGRESS: '0' },
  });
  if (run.error) throw run.error;
  return run;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingding-water-'));
  writeFileSync(path('good.json'), JSON.stringify(GOOD, null, 2));
  writeFileSync(path('bad.json'), JSON.stringify(BAD));
  writeFileSync(path('zero.json'), JSON.stringify(ZERO));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Document {
  method: string;
  year: number;
  notice?: { zh: string };
  allocations: { county: string; base: string; reward: string; total: string; score: string }[];
  contributions: {
    county: string;
    amount: string;
    of_which?: { name: string; amount: string }[];
  }[];
  warnings: { code: string; rule: string; subjects: string[] }[];
}

describe('pingding allocate water-source-compensation', () => {
  it('prints the JSON document of the contract, summing to the fen', () => {
    const run = pingding('allocate', METHOD, '--input', path('good.json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as Document;
    expect(doc.method).toBe(METHOD);
    expect(doc.year).toBe(2024);
    expect(doc.notice).toBeUndefined();
    expect(
      doc.allocations.map(({ county, base, reward, total, score }) => [
        county,
        base,
        reward,
        total,
        score,
      ]),
    ).toEqual([
      ['瑞安市', '46666666.67', '4000000.00', '50666666.67', '90.5000'],
      ['文成县', '46666666.67', '11000000.00', '57666666.67', '90.0000'],
      ['泰顺县', '46666666.66', '9000000.00', '55666666.66', '87.5000'],
      ['瓯海区', '0.00', '6000000.00', '6000000.00', '91.5000'],
    ]);
    expect(doc.warnings.map((warning) => [warning.code, warning.rule])).toEqual([
      ['remainder_tie', 'WD1'],
    ]);
    expect(doc.contributions).toHaveLength(10);
    const longwan = doc.contributions.find((entry) => entry.county === '龙湾区')!;
    expect(longwan.amount).toBe('12800000.00');
    expect(longwan.of_which).toEqual([{ name: '温州湾新区', amount: '7800000.00', rule: 'WD4' }]);
  });

  it('refuses a malformed file: every issue with its field path, nothing on stdout, no file', () => {
    const out = path('never.json');
    const run = pingding('allocate', METHOD, '--input', path('bad.json'), '--output', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/有 \d+ 处问题/);
    expect(run.stderr).toContain('factors.瑞安市.population：');
    expect(run.stderr).toContain('assessment.文成县.water_quality：');
    expect(run.stderr).toContain('assessment.苍南县：');
    expect(existsSync(out)).toBe(false);
    const en = pingding('allocate', METHOD, '--input', path('bad.json'), '--lang', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr).toMatch(/problem\(s\)/);
    expect(en.stderr).toContain('factors.瑞安市.population: ');
  });

  it('stops on a factor whose total is zero, naming it (WD3)', () => {
    const run = pingding('allocate', METHOD, '--input', path('zero.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('factors.*.water_area');
    expect(run.stderr).toContain('水域面积');
    expect(run.stderr).toContain('WD3');
  });
});

describe('pingding demo water-source-compensation', () => {
  it('writes a synthetic year file whose every output carries the notice, in json, csv and xlsx', async () => {
    const demo = path('demo.json');
    expect(pingding('demo', METHOD, '--output', demo).status).toBe(0);
    const file = JSON.parse(readFileSync(demo, 'utf8')) as { note: string; year: number };
    expect(file.note).toContain('演示数据');
    expect(file.note).toContain('虚构');

    const json = pingding('allocate', METHOD, '--input', demo);
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as Document).notice?.zh).toContain('演示数据');

    const csv = pingding('allocate', METHOD, '--input', demo, '--format', 'csv');
    expect(csv.status).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toContain('基础部分（元）');
    for (const line of lines.slice(1)) expect(line).toContain('演示数据');
    expect(lines.at(-1)).toMatch(/^合计,.*140000000\.00,30000000\.00,170000000\.00/);

    const xlsx = path('demo.xlsx');
    expect(pingding('allocate', METHOD, '--input', demo, '--output', xlsx).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    for (const sheet of workbook.worksheets)
      expect(String(sheet.getCell(2, 1).value)).toContain('演示数据');
  });
});

describe('pingding explain water-source-compensation', () => {
  it('explains a receiver step by step, with rules and articles, in text', () => {
    const run = pingding('explain', METHOD, '--input', path('good.json'), '--county', '泰顺县');
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).toContain('泰顺县 (330329)');
    expect(text).toContain('7000000.00 × 1 ÷ 3'); // W5: primary zone, 5 % of 140,000,000
    expect(text).toContain('W5 · 28号 第九条');
    expect(text).toContain('WD1');
    expect(text).toContain('待分配的分数: 2');
    expect(text).toContain('46666666.66 元');
    expect(text).toContain('46 + 0.85 × 30 + 12 + 4'); // W7 with the green rate
    expect(text).toContain('W6 · 28号 第十条');
    expect(text).toContain('55666666.66 元');
  });

  it('gives steps with citations and exact values as JSON, and refuses an unknown county', () => {
    const run = pingding(
      'explain',
      METHOD,
      '--input',
      path('good.json'),
      '--county',
      '瑞安市',
      '--format',
      'json',
    );
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      steps: { key: string; citation: { rule: string; article: string }; exact?: string }[];
    };
    for (const step of doc.steps) {
      expect(step.citation.rule, step.key).toMatch(/W\d|WD\d/);
      expect(step.citation.article, step.key).toMatch(/28号/);
    }
    const step = (key: string) => doc.steps.find((candidate) => candidate.key === key)!;
    expect(step('base_exact').exact).toBe('140000000/3');
    expect(step('score').exact).toBe('181/2');
    expect(step('reward').exact).toBe('4000000');

    const wrong = pingding('explain', METHOD, '--input', path('good.json'), '--county', '苍南县');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('瑞安市');
  });
});
