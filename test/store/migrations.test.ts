import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { createFreshPostgresDatabase, describeEachDatabase } from '../support/databases.ts';
import { queryRows } from '../support/rows.ts';

const journal = JSON.parse(
  readFileSync(new URL('../../src/store/migrations/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: { tag: string }[] };

describeEachDatabase('migrations', (getDb) => {
  it('applies every migration in the journal', async () => {
    const applied = await queryRows<{ count: number | string }>(
      getDb(),
      sql`select count(*) as count from drizzle.__drizzle_migrations`,
    );
    expect(Number(applied[0]?.count)).toBe(journal.entries.length);
  });

  it('creates audit_log with its append-only triggers', async () => {
    const columns = await queryRows<{ column_name: string }>(
      getDb(),
      sql`select column_name from information_schema.columns
          where table_name = 'audit_log' order by ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'id',
      'at',
      'actor',
      'action',
      'entity',
      'entity_id',
      'before',
      'after',
      'note',
      'prev_hash',
      'hash',
      'algorithm',
    ]);
    const triggers = await queryRows<{ tgname: string }>(
      getDb(),
      sql`select tgname from pg_trigger
          where tgrelid = 'audit_log'::regclass and not tgisinternal order by tgname`,
    );
    expect(triggers.map((t) => t.tgname)).toEqual([
      'audit_log_append_only',
      'audit_log_no_truncate',
    ]);
  });
});

describe('migrations [postgres, concurrent opens]', () => {
  it('migrate once when several processes open a fresh database together', async () => {
    const fresh = await createFreshPostgresDatabase();
    try {
      const handles = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ url: fresh.url })));
      const applied = await queryRows<{ count: string }>(
        handles[0]!.db,
        sql`select count(*) as count from drizzle.__drizzle_migrations`,
      );
      expect(Number(applied[0]?.count)).toBe(journal.entries.length);
      await Promise.all(handles.map((h) => h.close()));
    } finally {
      await fresh.drop();
    }
  });
});
