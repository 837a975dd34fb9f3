import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import type { Lang } from '../../engine/localized.ts';
import type { DatabaseHandle } from '../../store/database.ts';
import { addFieldKey, useFieldKeys } from '../../store/field-keys.ts';
import { sealFields } from '../../store/relief-sealed.ts';
import {
  withDatabase,
  withDatabaseOptions as withOptions,
  type DatabaseCommandOptions as KeyOptions,
} from '../database-options.ts';
import { EXIT_INPUT, type ActionRunner } from '../run-action.ts';

/** The sealed columns, for the status count: table, column. */
const SEALED_COLUMNS = [
  ['relief_member', 'id_number'],
  ['relief_family', 'address'],
  ['relief_family', 'phone'],
  ['relief_cost', 'total_cost'],
  ['relief_run_family', 'out_of_pocket'],
] as const;

/**
 * `pingding keys status` and `pingding keys rotate`: the SM4 keys of the personal fields
 * (docs/field-encryption.md). The database is DATABASE_URL, else the PGlite directory (DATA_DIR,
 * default .data/pglite); the key file is PINGDING_FIELD_KEY_FILE, else `field.keys` beside it.
 */
export function registerKeys(program: Command, run: ActionRunner) {
  const keys = program
    .command('keys')
    .description('个人信息字段加密密钥（SM4）/ field encryption keys (SM4)');
  withOptions(
    keys
      .command('status')
      .description('列出密钥及各密钥加密的字段数 / list the keys and how many values each seals'),
  ).action(
    run(async (options: KeyOptions) => {
      await withDatabase(options, async (database) => {
        process.stdout.write(await statusText(database, options.lang));
      });
    }),
  );
  withOptions(
    keys
      .command('rotate')
      .description(
        '新增一把密钥，并用它重新加密全部字段（一个事务，全部或全不）/ add a key and seal every field again under it (one transaction: all or nothing)',
      ),
  ).action(
    run(async (options: KeyOptions) => {
      await withDatabase(options, async (database) => {
        const zh = options.lang === 'zh';
        if (!database.fieldKeys.file) {
          process.stdout.write(
            zh
              ? '内存数据库的密钥不保存，无需轮换\n'
              : 'An in-memory database keeps no key file; there is nothing to rotate\n',
          );
          process.exitCode = EXIT_INPUT;
          return;
        }
        // The new key is written to the file first: if sealing stops halfway, every value is
        // still under a key of the file, and the next start or rotate finishes the work.
        const ring = addFieldKey(database.fieldKeys);
        useFieldKeys(ring);
        const sealed = await sealFields(database.db);
        process.stdout.write(
          zh
            ? `已新增密钥 ${ring.current.id}（${ring.file}），重新加密：身份证号码 ${sealed.members} 个，家庭住址与电话 ${sealed.families} 户，年度费用 ${sealed.costs} 条，测算结果 ${sealed.runFamilies} 条。旧密钥仍保留在文件中，用于读取此前的备份。\n`
            : `Key ${ring.current.id} added (${ring.file}); sealed again: ${sealed.members} ID numbers, the address and phone of ${sealed.families} families, ${sealed.costs} cost records, ${sealed.runFamilies} run results. The older keys stay in the file, to read earlier backups.\n`,
        );
        process.stdout.write(await statusText(database, options.lang, ring.current.id));
      });
    }),
  );
}

async function statusText(database: DatabaseHandle, lang: Lang, currentId?: string) {
  const ring = database.fieldKeys;
  const current = currentId ?? ring.current.id;
  const counts = new Map<string, number>();
  for (const [table, column] of SEALED_COLUMNS) {
    // Both drivers answer with an object carrying `rows`; the shared Drizzle type cannot say so.
    const result = (await database.db.execute(
      sql.raw(
        `select case when ${column} like 'sm4:%' then split_part(${column}, ':', 2) else null end as key, count(*)::int as n from ${table} where ${column} is not null group by 1`,
      ),
    )) as unknown as { rows: { key: string | null; n: number }[] };
    for (const row of result.rows) {
      const key = row.key ?? (lang === 'zh' ? '未加密' : 'not sealed');
      counts.set(key, (counts.get(key) ?? 0) + Number(row.n));
    }
  }
  const zh = lang === 'zh';
  const lines = [
    zh ? `密钥文件：${ring.file ?? '（内存）'}` : `Key file: ${ring.file ?? '(memory)'}`,
  ];
  for (const id of [...ring.byId.keys(), ...[...counts.keys()].filter((k) => !ring.byId.has(k))]) {
    const mark = id === current ? (zh ? '（当前）' : ' (current)') : '';
    lines.push(
      zh
        ? `  ${id}${mark}：${counts.get(id) ?? 0} 个字段值`
        : `  ${id}${mark}: ${counts.get(id) ?? 0} values`,
    );
  }
  return `${lines.join('\n')}\n`;
}
