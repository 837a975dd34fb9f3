import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'pingding-calendar-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pingding(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/pingding.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // No database unless one is named: the default .data/pglite is looked for under `root`.
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(root, 'none') },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// An arrangement for tests only, not the State Council's (演示数据).
const arrangement = {
  year: 2027,
  source: '测试用安排（非国务院通知，演示数据）',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  working_days: ['2027-02-20'],
};

function file(name: string, content: unknown): string {
  const path = join(root, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('pingding calendar end', () => {
  it('prints the end of a period inside the built-in years', () => {
    const run = pingding('calendar', 'end', '--from', '2025-09-26', '--working-days', '7');
    expect(run).toMatchObject({ status: 0, stdout: '2025-10-11\n' });
  });

  it('refuses a period into a year it does not hold, naming the year and who enters it', () => {
    const run = pingding('calendar', 'end', '--from', '2026-12-24', '--working-days', '7');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('需要用到 2027 年的日期');
    expect(run.stderr).toContain('请系统管理员');
    expect(run.stderr).toContain('pingding calendar import');
    const en = pingding(
      'calendar',
      'end',
      '--from',
      '2026-12-24',
      '--working-days',
      '7',
      '--lang',
      'en',
    );
    expect(en.stderr).toContain('needs dates in 2027');
  });

  it('counts with an arrangement file', () => {
    const run = pingding(
      'calendar',
      'end',
      '--from',
      '2026-12-24',
      '--working-days',
      '7',
      '--arrangement',
      file('2027.json', arrangement),
    );
    expect(run).toMatchObject({ status: 0, stdout: '2027-01-04\n' });
  });

  it('refuses a bad count as wrong usage', () => {
    const run = pingding('calendar', 'end', '--from', '2026-12-24', '--working-days', 'seven');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--working-days');
  });
});

describe('pingding calendar import', () => {
  const dataDir = join(root, 'pglite');

  it('refuses a wrong file with every problem under its key, storing nothing', () => {
    const bad = file('bad.json', {
      ...arrangement,
      holidays: ['2027-01-02'],
      working_days: ['2027-02-18'],
      extra: 1,
    });
    const run = pingding('calendar', 'import', bad, '--data-dir', dataDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('extra：不认识的字段');
    expect(run.stderr).toContain(
      'working_days：第 1 项 2027-02-18 是周四，调休上班日应为周六或周日',
    );
    expect(run.stderr).toContain('holidays：未列出 2027-01-01（元旦）');
    const notJson = pingding('calendar', 'import', file('x.json', '{'), '--data-dir', dataDir);
    expect(notJson.stderr).toContain('文件不是 JSON');
  });

  it('stores an arrangement that end then counts with', () => {
    const run = pingding(
      'calendar',
      'import',
      file('2027.json', arrangement),
      '--data-dir',
      dataDir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已存入 2027 年节假日安排');
    const end = pingding(
      'calendar',
      'end',
      '--from',
      '2026-12-24',
      '--working-days',
      '7',
      '--data-dir',
      dataDir,
    );
    expect(end).toMatchObject({ status: 0, stdout: '2027-01-04\n' });
    const later = pingding(
      'calendar',
      'end',
      '--from',
      '2027-12-24',
      '--working-days',
      '7',
      '--data-dir',
      dataDir,
    );
    expect(later.status).toBe(1);
    expect(later.stderr).toContain('2028');
  });
});
