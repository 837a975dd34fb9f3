import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { appendAudit } from '../../src/store/audit.ts';
import {
  headMinutesFromEnv,
  readLatestHead,
  scheduleAuditHeads,
} from '../../src/store/audit-head.ts';
import { currentAuditKey } from '../../src/store/audit-key.ts';
import { describeEachDatabase } from '../support/databases.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeEachDatabase('scheduled audit heads', (getDb) => {
  beforeEach(async () => {
    await getDb().transaction(async (tx) => {
      await tx.execute(sql`set local role none`);
      await tx.execute(sql`alter table audit_log disable trigger user`);
      await tx.execute(sql`truncate audit_log restart identity`);
      await tx.execute(sql`alter table audit_log enable trigger user`);
    });
  });

  it('writes a head at start, on schedule, and at stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pingding-heads-'));
    dirs.push(dir);
    const append = (id: string) =>
      getDb().transaction((tx) =>
        appendAudit(tx, { actor: 'a', action: 'create', entity: 'e', entityId: id }),
      );
    await append('1');
    // A tenth of a second stands for the minutes of a real schedule.
    const schedule = scheduleAuditHeads(getDb(), currentAuditKey(), dir, 0.1 / 60);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readLatestHead(currentAuditKey(), dir)).toMatchObject({ count: 1, lastId: 1 });
    await append('2');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readLatestHead(currentAuditKey(), dir)).toMatchObject({ count: 2, lastId: 2 });
    await append('3');
    await schedule.stop();
    expect(readLatestHead(currentAuditKey(), dir)).toMatchObject({ count: 3, lastId: 3 });
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(3);
  });
});

it('reads the schedule from PINGDING_AUDIT_HEAD_MINUTES', () => {
  expect(headMinutesFromEnv({})).toBe(10);
  expect(headMinutesFromEnv({ PINGDING_AUDIT_HEAD_MINUTES: '0' })).toBe(0);
  expect(() => headMinutesFromEnv({ PINGDING_AUDIT_HEAD_MINUTES: '-1' })).toThrow(
    /PINGDING_AUDIT_HEAD_MINUTES/,
  );
});
