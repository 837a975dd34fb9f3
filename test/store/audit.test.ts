import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeEach, expect, it } from 'vitest';
import {
  appendAudit,
  auditHash,
  chainHash,
  GENESIS_HASH,
  verifyAuditChain,
  type AuditEntry,
  type AuditRecord,
} from '../../src/store/audit.ts';
import { AuditHeadError, readLatestHead, writeAuditHead } from '../../src/store/audit-head.ts';
import { currentAuditKey } from '../../src/store/audit-key.ts';
import type { Database, Transaction } from '../../src/store/database.ts';
import type { AuditAlgorithm } from '../../src/store/schema/audit.ts';
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

const entries = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => entry(from + i));

async function append(db: Database, ...list: AuditEntry[]) {
  const records: AuditRecord[] = [];
  for (const e of list) records.push(await db.transaction((tx) => appendAudit(tx, e)));
  return records;
}

/**
 * Runs statements as the session's own user (the superuser that owns the tables), with the
 * append-only triggers off: what an attacker holding the owner's rights could do. The
 * service itself runs as the restricted role and could not.
 */
async function asOwner(db: Database, work: (tx: Transaction) => Promise<void>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local role none`);
    await tx.execute(sql`alter table audit_log disable trigger user`);
    await work(tx);
    await tx.execute(sql`alter table audit_log enable trigger user`);
  });
}

const tampering = (db: Database, statement: ReturnType<typeof sql>) =>
  asOwner(db, async (tx) => {
    await tx.execute(statement);
  });

/** Rewrites records from `from` on with new hashes, as a forger without the key would. */
async function rewriteFrom(
  db: Database,
  records: AuditRecord[],
  from: number,
  change: (r: AuditRecord) => AuditRecord,
  algorithm: AuditAlgorithm,
  key: Buffer,
) {
  await asOwner(db, async (tx) => {
    let prev = records[from - 2]?.hash ?? GENESIS_HASH;
    for (const original of records.slice(from - 1)) {
      const r = change(original);
      const hash = chainHash(algorithm, key, prev, { ...r, at: r.at.toISOString() });
      await tx
        .update(auditLog)
        .set({ after: r.after, prevHash: prev, hash, algorithm })
        .where(sql`id = ${r.id}`);
      prev = hash;
    }
  });
}

const headDirs: string[] = [];
afterAll(() => {
  for (const dir of headDirs) rmSync(dir, { recursive: true, force: true });
});

function newHeadDir() {
  const dir = mkdtempSync(join(tmpdir(), 'pingding-heads-'));
  headDirs.push(dir);
  return dir;
}

/** Writes a head of the log as it is now and returns it. */
async function headNow(db: Database, dir: string) {
  const written = await writeAuditHead(db, currentAuditKey(), dir);
  if (!written.ok) throw new Error(written.chain.reason.en);
  return written.head;
}

describeEachDatabase('audit log', (getDb, target) => {
  beforeEach(async () => {
    await tampering(getDb(), sql`truncate audit_log restart identity`);
  });

  it('verifies an empty log', async () => {
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true, count: 0, stretches: [] });
  });

  it('chains appended records with HMAC-SM3 under the key and verifies them', async () => {
    const records = await append(getDb(), entry(1), entry(2), entry(3));
    expect(records.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(records.map((r) => r.algorithm)).toEqual(['hmac-sm3', 'hmac-sm3', 'hmac-sm3']);
    expect(records[0]?.prevHash).toBe(GENESIS_HASH);
    expect(records[1]?.prevHash).toBe(records[0]?.hash);
    expect(records[2]?.prevHash).toBe(records[1]?.hash);
    // The keyed hash is not the unkeyed one of the same text.
    const first = records[0]!;
    const fields = { ...first, at: first.at.toISOString() };
    expect(first.hash).not.toBe(auditHash(GENESIS_HASH, fields));
    expect(first.hash).toBe(chainHash('hmac-sm3', currentAuditKey(), GENESIS_HASH, fields));
    expect(await verifyAuditChain(getDb())).toMatchObject({
      ok: true,
      count: 3,
      stretches: [{ algorithm: 'hmac-sm3', firstId: 1, lastId: 3, count: 3 }],
    });

    const stored = await getDb().select().from(auditLog).orderBy(auditLog.id);
    expect(stored).toEqual(records);
  });

  it('refuses the chain under another key, at its first keyed record', async () => {
    await append(getDb(), entry(1), entry(2));
    expect(await verifyAuditChain(getDb(), { key: randomBytes(32) })).toMatchObject({
      ok: false,
      count: 0,
      brokenAt: 1,
    });
  });

  it('keeps a SHA-256 stretch written before the key verifiable, and names both stretches', async () => {
    // Records as the log held them before migration 0011: unkeyed SHA-256.
    await asOwner(getDb(), async (tx) => {
      let prev = GENESIS_HASH;
      for (let n = 1; n <= 3; n += 1) {
        const at = new Date(Date.UTC(2026, 0, n));
        const e = entry(n);
        const fields = {
          at: at.toISOString(),
          actor: e.actor,
          action: e.action,
          entity: e.entity,
          entityId: e.entityId,
          before: e.before as never,
          after: e.after as never,
          note: e.note ?? null,
        };
        const hash = auditHash(prev, fields);
        await tx
          .insert(auditLog)
          .values({ ...fields, at, prevHash: prev, hash, algorithm: 'sha256' });
        prev = hash;
      }
    });
    await append(getDb(), entry(4), entry(5));
    expect(await verifyAuditChain(getDb())).toMatchObject({
      ok: true,
      count: 5,
      stretches: [
        { algorithm: 'sha256', firstId: 1, lastId: 3, count: 3 },
        { algorithm: 'hmac-sm3', firstId: 4, lastId: 5, count: 2 },
      ],
    });
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
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true, count: 2 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE even to the table owner, by trigger', async () => {
    await append(getDb(), entry(1));
    // Drizzle wraps the driver's error; the database's own message is the cause.
    const refused = (op: string) => ({
      cause: { message: `audit_log is append-only: ${op} refused` },
    });
    const asOwnerTries = (statement: ReturnType<typeof sql>) =>
      getDb().transaction(async (tx) => {
        await tx.execute(sql`set local role none`);
        await tx.execute(statement);
      });
    await expect(asOwnerTries(sql`update audit_log set actor = 'x'`)).rejects.toMatchObject(
      refused('UPDATE'),
    );
    await expect(asOwnerTries(sql`delete from audit_log`)).rejects.toMatchObject(refused('DELETE'));
    await expect(asOwnerTries(sql`truncate audit_log`)).rejects.toMatchObject(refused('TRUNCATE'));
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true, count: 1 });
  });

  it('runs the service as a role that may only insert and read the log', async () => {
    await append(getDb(), entry(1));
    const [who] = await queryRows<{ role: string }>(getDb(), sql`select current_user as role`);
    expect(who?.role).toBe('pingding_service');
    const denied = { cause: { message: expect.stringMatching(/permission denied|must be owner/) } };
    for (const statement of [
      sql`alter table audit_log disable trigger user`,
      sql`alter table audit_log disable trigger audit_log_append_only`,
      sql`drop trigger audit_log_append_only on audit_log`,
      sql`update audit_log set actor = 'x'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
      sql`drop table audit_log`,
    ]) {
      await expect(getDb().execute(statement)).rejects.toMatchObject(denied);
    }
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true, count: 1 });
    if (target.kind === 'postgres') expect(target.url()).toBeTruthy();
  });

  it('detects an altered record', async () => {
    await append(getDb(), entry(1), entry(2), entry(3));
    await tampering(
      getDb(),
      sql`update audit_log set after = jsonb_set(after, '{score}', '99') where id = 2`,
    );
    const result = await verifyAuditChain(getDb());
    expect(result).toMatchObject({ ok: false, count: 1, brokenAt: 2 });
    expect(result.ok || result.reason.en).toMatch(/altered or forged/);
  });

  it('detects a timestamp moved by a microsecond', async () => {
    await append(getDb(), entry(1));
    await tampering(getDb(), sql`update audit_log set at = at + interval '1 microsecond'`);
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: false, count: 0, brokenAt: 1 });
  });

  it('detects a deleted record at the next one', async () => {
    await append(getDb(), entry(1), entry(2), entry(3));
    await tampering(getDb(), sql`delete from audit_log where id = 2`);
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
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 1 });
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
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 21 });
    if (target.kind === 'postgres') {
      // The pool really ran them side by side, so the lock was what kept them in line.
      const [row] = await queryRows<{ n: string }>(
        db,
        sql`select count(distinct prev_hash) as n from audit_log`,
      );
      expect(Number(row?.n)).toBe(21);
    }
  });

  describe_tampering_against_a_head(getDb);
});

/** Each way of tampering the issue lists, against a signed head written before it. */
function describe_tampering_against_a_head(getDb: () => Database) {
  const verifyAgainstHead = async (dir: string) => {
    const head = readLatestHead(currentAuditKey(), dir);
    return verifyAuditChain(getDb(), { head });
  };

  it('signs a head of the chain and verifies against it', async () => {
    const dir = newHeadDir();
    await append(getDb(), ...entries(1, 5));
    const head = await headNow(getDb(), dir);
    expect(head).toMatchObject({ count: 5, lastId: 5 });
    await append(getDb(), entry(6));
    expect(await verifyAgainstHead(dir)).toMatchObject({ ok: true, count: 6, head });
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^audit-head-\d{8}T\d{9}Z-5\.json$/);
  });

  it('names a deleted tail of 1 record', async () => {
    const dir = newHeadDir();
    await append(getDb(), ...entries(1, 10));
    await headNow(getDb(), dir);
    await tampering(getDb(), sql`delete from audit_log where id = 10`);
    // Without the head the shortened chain looks whole.
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true, count: 9 });
    const result = await verifyAgainstHead(dir);
    expect(result).toMatchObject({ ok: false, count: 9, missingTail: { afterId: 9, records: 1 } });
    expect(result.ok || result.reason.en).toContain('missing tail: 1 records after id 9');
  });

  it('names a deleted tail of 50 records', async () => {
    const dir = newHeadDir();
    await append(getDb(), ...entries(1, 60));
    await headNow(getDb(), dir);
    await tampering(getDb(), sql`delete from audit_log where id > 10`);
    const result = await verifyAgainstHead(dir);
    expect(result).toMatchObject({ ok: false, missingTail: { afterId: 10, records: 50 } });
    expect(result.ok || result.reason.en).toContain('missing tail: 50 records after id 10');
    expect(result.ok || result.reason.zh).toContain('第 10 号记录之后少了 50 条记录');
  }, 30_000);

  it('names a TRUNCATE as the whole log missing', async () => {
    const dir = newHeadDir();
    await append(getDb(), ...entries(1, 4));
    await headNow(getDb(), dir);
    await tampering(getDb(), sql`truncate audit_log`);
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true, count: 0 });
    const result = await verifyAgainstHead(dir);
    expect(result).toMatchObject({ ok: false, count: 0, missingTail: { afterId: 0, records: 4 } });
    expect(result.ok || result.reason.en).toContain('missing tail: 4 records after id 0');
  });

  it('names a forged record with a correct SHA-256 hash', async () => {
    const dir = newHeadDir();
    const records = await append(getDb(), ...entries(1, 3));
    await headNow(getDb(), dir);
    const last = records.at(-1)!;
    const at = new Date();
    const e = entry(99);
    const fields = {
      at: at.toISOString(),
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before as never,
      after: e.after as never,
      note: null,
    };
    await asOwner(getDb(), async (tx) => {
      await tx.insert(auditLog).values({
        ...fields,
        at,
        prevHash: last.hash,
        hash: auditHash(last.hash, fields),
        algorithm: 'sha256',
      });
    });
    for (const result of [await verifyAuditChain(getDb()), await verifyAgainstHead(dir)]) {
      expect(result).toMatchObject({ ok: false, count: 3, brokenAt: 4 });
      expect(result.ok || result.reason.en).toMatch(/unkeyed SHA-256 .*forged/);
    }
  });

  it('names a forged record that claims HMAC-SM3 without the key', async () => {
    const records = await append(getDb(), ...entries(1, 3));
    const last = records.at(-1)!;
    const at = new Date();
    const fields = { ...entry(99), before: null, after: null, note: null, at: at.toISOString() };
    const forged = createHmac('sm3', randomBytes(32)).update('anything').digest('hex');
    await asOwner(getDb(), async (tx) => {
      await tx
        .insert(auditLog)
        .values({ ...fields, at, prevHash: last.hash, hash: forged, algorithm: 'hmac-sm3' });
    });
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: false, count: 3, brokenAt: 4 });
  });

  it('names the edited record when every later hash was recomputed', async () => {
    for (const algorithm of ['sha256', 'hmac-sm3'] as const) {
      await tampering(getDb(), sql`truncate audit_log restart identity`);
      const dir = newHeadDir();
      const records = await append(getDb(), ...entries(1, 10));
      await headNow(getDb(), dir);
      await rewriteFrom(
        getDb(),
        records,
        5,
        (r) => (r.id === 5 ? { ...r, after: { score: 100 } } : r),
        algorithm,
        // The forger has no key: SHA-256, or HMAC-SM3 under a key of their own.
        randomBytes(32),
      );
      for (const result of [await verifyAuditChain(getDb()), await verifyAgainstHead(dir)]) {
        expect(result).toMatchObject({ ok: false, count: 4, brokenAt: 5 });
      }
    }
  });

  it('refuses a head file that was altered', async () => {
    const dir = newHeadDir();
    await append(getDb(), ...entries(1, 3));
    await headNow(getDb(), dir);
    const [name] = readdirSync(dir);
    const path = join(dir, name!);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { count: number };
    writeFileSync(path, JSON.stringify({ ...file, count: 2 }));
    expect(() => readLatestHead(currentAuditKey(), dir)).toThrow(AuditHeadError);
  });

  it('writes no head over a tampered chain', async () => {
    const dir = newHeadDir();
    await append(getDb(), ...entries(1, 3));
    await headNow(getDb(), dir);
    await tampering(getDb(), sql`delete from audit_log where id = 3`);
    const written = await writeAuditHead(getDb(), currentAuditKey(), dir);
    expect(written).toMatchObject({
      ok: false,
      chain: { missingTail: { afterId: 2, records: 1 } },
    });
    expect(readdirSync(dir)).toHaveLength(1);
  });
}
