import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import {
  appendAudit,
  GENESIS_HASH,
  verifyAuditChain,
  type AuditEntry,
} from '../../src/store/audit.ts';
import type { Database } from '../../src/store/database.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { queryRows } from '../support/rows.ts';

const entry = (n: number): AuditEntry => ({
  actor: 'clerk-7',
  action: 'case.update',
  entity: 'case',
  entityId: `C-${n}`,
  before: { score: n, tags: ['a'] },
  after: { score: n + 1, tags: ['a', 'b'], note: '已复核' },
  note: n % 2 === 0 ? `第 ${n} 次` : null,
});

async function append(db: Database, ...entries: AuditEntry[]) {
  const records = [];
  for (const e of entries) records.push(await db.transaction((tx) => appendAudit(tx, e)));
  return records;
}

/** Runs statements with the append-only triggers off, as only the table owner could. */
async function bypassingTriggers(db: Database, statement: ReturnType<typeof sql>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger user`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger user`);
  });
}

describeEachDatabase('audit log', (getDb, target) => {
  beforeEach(async () => {
    await bypassingTriggers(getDb(), sql`truncate audit_log restart identity`);
  });

  it('verifies an empty log', async () => {
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, count: 0 });
  });

  it('chains appended records and verifies them', async () => {
    const records = await append(getDb(), entry(1), entry(2), entry(3));
    expect(records.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(records[0]?.prevHash).toBe(GENESIS_HASH);
    expect(records[1]?.prevHash).toBe(records[0]?.hash);
    expect(records[2]?.prevHash).toBe(records[1]?.hash);
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, count: 3 });

    const stored = await getDb().select().from(auditLog).orderBy(auditLog.id);
    expect(stored).toEqual(records);
  });

  it('hashes what is stored, whatever the JSON holds', async () => {
    await append(getDb(), {
      actor: 'a',
      action: 'x',
      entity: 'e',
      entityId: '1',
      // A string that looks like JSON, a Date, an undefined member, big and fractional numbers.
      before: '123',
      after: {
        when: new Date(0),
        gone: undefined,
        big: 1e21,
        frac: 0.1,
        键: '值',
        nested: [{ b: 1, a: 2 }],
      },
    });
    await append(getDb(), { actor: 'a', action: 'create', entity: 'e', entityId: '2' });
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, count: 2 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await append(getDb(), entry(1));
    const db = getDb();
    // Drizzle wraps the driver's error; the database's own message is the cause.
    const refused = (op: string) => ({
      cause: { message: `audit_log is append-only: ${op} refused` },
    });
    await expect(db.execute(sql`update audit_log set actor = 'x'`)).rejects.toMatchObject(
      refused('UPDATE'),
    );
    await expect(db.execute(sql`delete from audit_log`)).rejects.toMatchObject(refused('DELETE'));
    await expect(db.execute(sql`truncate audit_log`)).rejects.toMatchObject(refused('TRUNCATE'));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 1 });
  });

  it('detects an altered record', async () => {
    await append(getDb(), entry(1), entry(2), entry(3));
    await bypassingTriggers(
      getDb(),
      sql`update audit_log set after = jsonb_set(after, '{score}', '99') where id = 2`,
    );
    const result = await verifyAuditChain(getDb());
    expect(result).toMatchObject({ ok: false, count: 1, brokenAt: 2 });
    expect(result.ok || result.reason.en).toMatch(/altered/);
  });

  it('detects a timestamp moved by a microsecond', async () => {
    await append(getDb(), entry(1));
    await bypassingTriggers(getDb(), sql`update audit_log set at = at + interval '1 microsecond'`);
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: false, count: 0, brokenAt: 1 });
  });

  it('detects a deleted record at the next one', async () => {
    await append(getDb(), entry(1), entry(2), entry(3));
    await bypassingTriggers(getDb(), sql`delete from audit_log where id = 2`);
    const result = await verifyAuditChain(getDb());
    expect(result).toMatchObject({ ok: false, count: 1, brokenAt: 3 });
    expect(result.ok || result.reason.zh).toMatch(/不相接/);
  });

  it('leaves no record when the transaction rolls back', async () => {
    const db = getDb();
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, entry(1));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.$count(auditLog)).toBe(0);

    await append(db, entry(2));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 1 });
  });

  it('keeps one chain under 20 concurrent transactions', async () => {
    const db = getDb();
    await append(db, entry(0));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction(async (tx) => {
          // Give the transactions a chance to interleave before and after the append.
          await tx.execute(sql`select pg_sleep(0.01)`);
          await appendAudit(tx, entry(i + 1));
          await tx.execute(sql`select pg_sleep(0.01)`);
        }),
      ),
    );
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 21 });
    if (target.kind === 'postgres') {
      // The pool really ran them side by side, so the lock was what kept them in line.
      const [row] = await queryRows<{ n: string }>(
        db,
        sql`select count(distinct prev_hash) as n from audit_log`,
      );
      expect(Number(row?.n)).toBe(21);
    }
  });
});
