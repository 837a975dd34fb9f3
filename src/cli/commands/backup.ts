import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../engine/localized.ts';
import { AuditHeadError, readLatestHead } from '../../store/audit-head.ts';
import { verifyAuditChain } from '../../store/audit.ts';
import { backupDatabase, BackupError, restoreDatabase } from '../../store/backup.ts';
import { openDatabase, type OpenDatabaseOptions } from '../../store/database.ts';
import { withDatabaseOptions as withOptions } from '../database-options.ts';
import { EXIT_INPUT, type ActionRunner } from '../run-action.ts';
import { verifyReport } from './audit-report.ts';

interface BackupOptions {
  dataDir?: string;
  out?: string;
  headDir?: string;
  lang: Lang;
}

/**
 * `pingding backup` and `pingding restore` (src/store/backup.ts): a logical backup of every
 * table, uploaded materials included, restorable into an empty database of either kind. The
 * database is DATABASE_URL, else the PGlite directory (DATA_DIR, default .data/pglite).
 */
export function registerBackup(program: Command, run: ActionRunner) {
  withOptions(
    program
      .command('backup')
      .description('备份整个数据库（含上传的材料）/ back up the whole database, materials included')
      .option('--out <file>', '备份文件（默认 pingding-backup-<时间>.jsonl.gz）/ backup file'),
  ).action(
    run(async (options: BackupOptions) => {
      const zh = options.lang === 'zh';
      const file = resolve(options.out ?? `pingding-backup-${stamp(new Date())}.jsonl.gz`);
      const database = await openDatabase(target(options, false));
      try {
        const totals = await backupDatabase(database.db, database.kind, file);
        process.stdout.write(
          zh
            ? `已备份：${file}\n  ${totals.tables} 张表，${totals.rows} 行\n  审计密钥不在备份中：请另行妥善保管密钥文件，恢复时需要它来校验审计日志\n  字段加密密钥（field.keys）也不在备份中：身份证号码、电话与医疗费用以 SM4 加密保存，恢复后须有它才能读取\n`
            : `Backed up: ${file}\n  ${totals.tables} tables, ${totals.rows} rows\n  The audit key is not in the backup: keep the key file safely apart; a restore needs it to verify the audit log\n  Nor are the field keys (field.keys): ID numbers, phones and medical costs are sealed with SM4, and a restore needs them to read them\n`,
        );
      } finally {
        await database.close();
      }
    }),
  );
  withOptions(
    program
      .command('restore')
      .description(
        '把备份恢复到空数据库并校验审计日志 / restore a backup into an empty database and verify the audit log',
      )
      .argument('<file>', '备份文件 / backup file')
      .option('--head-dir <dir>', '校验所用的链头目录 / head directory to verify against'),
  ).action(
    run(async (file: string, options: BackupOptions) => {
      const zh = options.lang === 'zh';
      // The owner restores: the service's role may not move sequences.
      const database = await openDatabase(target(options, true));
      try {
        let totals;
        try {
          totals = await restoreDatabase(database.db, resolve(file));
        } catch (error) {
          if (!(error instanceof BackupError)) throw error;
          process.stdout.write(`${zh ? `未恢复：${error.zh}` : `Not restored: ${error.en}`}\n`);
          process.exitCode = EXIT_INPUT;
          return;
        }
        process.stdout.write(
          zh
            ? `已恢复：${totals.tables} 张表，${totals.rows} 行\n`
            : `Restored: ${totals.tables} tables, ${totals.rows} rows\n`,
        );
        const headDir = options.headDir ?? database.audit.headDir;
        let head = null;
        try {
          head = headDir ? readLatestHead(database.audit.key, headDir) : null;
        } catch (error) {
          if (!(error instanceof AuditHeadError)) throw error;
          process.stdout.write(`${zh ? error.reason.zh : error.reason.en}: ${error.file}\n`);
          process.exitCode = EXIT_INPUT;
        }
        const result = await verifyAuditChain(database.db, { key: database.audit.key, head });
        process.stdout.write(verifyReport(result, options.lang));
        if (!result.ok) process.exitCode = EXIT_INPUT;
      } finally {
        await database.close();
      }
    }),
  );
}

function target(options: BackupOptions, asOwner: boolean): OpenDatabaseOptions {
  const dataDir = options.dataDir ?? process.env.DATA_DIR;
  const base: OpenDatabaseOptions = asOwner ? { serviceRole: null } : {};
  if (dataDir) return { ...base, dataDir };
  const url = process.env.DATABASE_URL;
  if (url && asOwner) return { ...base, url: process.env.MIGRATION_DATABASE_URL || url };
  return base;
}

/** `20261202T233000Z`, for file names. */
function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
