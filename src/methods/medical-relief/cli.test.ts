// The command-line contract of medical-relief.md ("Interchange"), run as a user would on small files
// in a temporary directory: `relieve`, `explain` and `demo medical-relief`, through bin/pingding.js.
// Expected values worked out with Python fractions:
//   min(max(F('150000.50') - 120000, 0), 100000) = 60001/2 = 30000.50
//   min(max(F('220000.01') - 120000, 0), 100000) = 100000 (capped)
//   永嘉县: 30000.50 + 0 = 30000.50 over F1 and F5
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = [join(ROOT, 'bin/pingding.js')];

const ID = '330302199001011235';
const GOOD = [
  'family_id,county,category,insured_members,members,out_of_pocket,head_name,head_id_number',
  `F1,永嘉县,2,3,3,150000.50,欧阳娜娜,${ID}`,
  'F2,平阳县,2,2,3,60000.01,,',
  'F3,瑞安市,2,3,3,220000.01,,',
  'F4,苍南县,1,4,4,180000,,',
  'F5,永嘉县,2,4,4,60000.01,,',
].join('\r\n');

// Four problems: unknown county (row 2), insured above members (row 3), a third decimal (row 4),
// a repeated family id (row 5).
const BAD = [
  'family_id,county,category,insured_members,members,out_of_pocket',
  'F1,杭州市,2,3,3,1000',
  'F2,平阳县,2,4,3,1000',
  'F3,平阳县,2,3,3,1000.001',
  'F1,平阳县,2,3,3,1000',
].join('\n');

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
  dir = mkdtempSync(join(tmpdir(), 'pingding-medical-'));
  writeFileSync(path('families.csv'), `\uFEFF${GOOD}`);
  writeFileSync(path('bad.csv'), BAD);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Doc {
  method: string;
  year: number;
  notice?: unknown;
  personal_data?: { masked: boolean };
  families: { family_id: string; relief: string; warning: string; head_id_number?: string }[];
  counties: { county: string; pilot: boolean; families: number; relief: string }[];
  warnings: { code: string; subjects?: string[]; rule: string; article: string }[];
}

describe('pingding relieve medical-relief', () => {
  it('prints the JSON document of the contract, personal data masked', () => {
    const run = pingding(
      'relieve',
      'medical-relief',
      '--input',
      path('families.csv'),
      '--year',
      '2025',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.method).toBe('medical-relief');
    expect(doc.year).toBe(2025);
    expect(
      doc.families.map(({ family_id, relief, warning }) => ({ family_id, relief, warning })),
    ).toEqual([
      { family_id: 'F1', relief: '30000.50', warning: 'relief_due' },
      { family_id: 'F2', relief: '0.00', warning: 'uninsured' },
      { family_id: 'F3', relief: '100000.00', warning: 'relief_due' },
      { family_id: 'F5', relief: '0.00', warning: 'watch' },
    ]);
    expect(
      doc.counties.map(({ county, pilot, families, relief }) => ({
        county,
        pilot,
        families,
        relief,
      })),
    ).toEqual([
      { county: '瑞安市', pilot: false, families: 1, relief: '100000.00' },
      { county: '永嘉县', pilot: true, families: 2, relief: '30000.50' },
      { county: '平阳县', pilot: true, families: 1, relief: '0.00' },
    ]);
    expect(doc.warnings.map((warning) => warning.code)).toEqual([
      'outside_category',
      'outside_pilot',
      'participation_below_target',
    ]);
    expect(doc.warnings[0]!.subjects).toEqual(['F4']);
    expect(doc.warnings[0]!.rule).toContain('MD4');
    expect(doc.families[0]!.head_id_number).toBe('3303**********1235');
    expect(doc.personal_data?.masked).toBe(true);
    expect(run.stdout).not.toContain(ID);
    expect(run.stdout).not.toContain('欧阳娜娜');
    expect(doc.notice).toBeUndefined();
  });

  it('writes --format csv and xlsx to --output', async () => {
    const csv = path('result.csv');
    const xlsx = path('result.xlsx');
    const common = ['relieve', 'medical-relief', '--input', path('families.csv'), '--year', '2025'];
    expect(pingding(...common, '--format', 'csv', '--output', csv).status).toBe(0);
    expect(pingding(...common, '--output', xlsx).status).toBe(0);
    const lines = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = lines[0]!.split(',');
    expect(header).toContain('户主身份证号码（已脱敏）');
    const f1 = lines.find((line) => line.includes(',F1,'))!.split(',');
    expect(f1[header.indexOf('化解金额（元）')]).toBe('30000.50');
    expect(lines.some((line) => line.startsWith('合计'))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '家庭',
      '县（市、区）合计',
      '提示',
    ]);
  });

  it('shows personal data in full only with --unmasked, and says so', () => {
    const run = pingding(
      'relieve',
      'medical-relief',
      '--input',
      path('families.csv'),
      '--year',
      '2025',
      '--unmasked',
    );
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.families[0]!.head_id_number).toBe(ID);
    expect(doc.personal_data?.masked).toBe(false);
  });

  it('refuses a malformed file: every issue with row and column, nothing on stdout', () => {
    const zh = pingding('relieve', 'medical-relief', '--input', path('bad.csv'), '--year', '2025');
    expect(zh.status).toBe(1);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('4 处问题');
    expect(zh.stderr).toMatch(/第 2 行 county 列：/);
    expect(zh.stderr).toMatch(/第 3 行 insured_members 列：/);
    expect(zh.stderr).toMatch(/第 4 行 out_of_pocket 列：/);
    expect(zh.stderr).toMatch(/第 5 行 family_id 列：/);
    const out = path('never.json');
    const en = pingding(
      'relieve',
      'medical-relief',
      '--input',
      path('bad.csv'),
      '--year',
      '2025',
      '--lang',
      'en',
      '--output',
      out,
    );
    expect(en.status).toBe(1);
    expect(en.stderr).toMatch(/row 4, column out_of_pocket: /);
    expect(existsSync(out)).toBe(false);
  });

  it('requires --year and refuses a year before 2024 (MD1, M2)', () => {
    const missing = pingding('relieve', 'medical-relief', '--input', path('families.csv'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('--year');
    const early = pingding(
      'relieve',
      'medical-relief',
      '--input',
      path('families.csv'),
      '--year',
      '2023',
    );
    expect(early.status).toBe(2);
    expect(early.stdout).toBe('');
    expect(early.stderr).toContain('2024');
  });
});

describe('pingding explain medical-relief', () => {
  it('prints cost, threshold, cap and relief, each with rule and article', () => {
    const run = pingding(
      'explain',
      'medical-relief',
      '--input',
      path('families.csv'),
      '--year',
      '2025',
      '--family',
      'F1',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('max(150000.50 − 120000.00, 0)');
    expect(run.stdout).toContain('min(30000.50, 100000.00)');
    expect(run.stdout).toContain('M3, MD2 · 90号 三(五)');
    expect(run.stdout).toContain('欧阳**');
    expect(run.stdout).not.toContain(ID);
    const json = pingding(
      'explain',
      'medical-relief',
      '--input',
      path('families.csv'),
      '--year',
      '2025',
      '--family',
      'F3',
      '--format',
      'json',
    );
    const doc = JSON.parse(json.stdout) as {
      steps: { key: string; citation: { rule: string; article: string }; exact?: string }[];
    };
    const step = (key: string) => doc.steps.find((candidate) => candidate.key === key)!;
    expect(
      ['out_of_pocket', 'threshold', 'cap', 'relief'].map((key) => step(key).citation.article),
    ).toEqual(['90号 三(五)', '90号 三(五)', '90号 三(五)', '90号 三(五)']);
    expect(step('relief').exact).toBe('100000');
    expect(step('above_threshold').exact).toBe('10000001/100');
  });

  it('refuses an unknown family', () => {
    const run = pingding(
      'explain',
      'medical-relief',
      '--input',
      path('families.csv'),
      '--year',
      '2025',
      '--family',
      'F9',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('F9');
  });
});

describe('pingding demo medical-relief', () => {
  it('writes a synthetic family file whose outputs all carry the notice', () => {
    const demo = path('demo.csv');
    expect(pingding('demo', 'medical-relief', '--output', demo, '--count', '30').status).toBe(0);
    expect(readFileSync(demo, 'utf8')).toContain('演示数据');
    const run = pingding(
      'relieve',
      'medical-relief',
      '--input',
      demo,
      '--year',
      '2024',
      '--format',
      'text',
    );
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain('演示数据');
    const explain = pingding(
      'explain',
      'medical-relief',
      '--input',
      demo,
      '--year',
      '2024',
      '--family',
      'YS00001',
    );
    expect(explain.stdout).toContain('演示数据');
  });
});
