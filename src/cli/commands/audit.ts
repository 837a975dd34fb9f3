import { Option, type Command } from 'commander';
import type { Lang } from '../../engine/localized.ts';
import {
  AuditHeadError,
  readLatestHead,
  writeAuditHead,
  type AuditHead,
} from '../../store/audit-head.ts';
import { verifyAuditChain } from '../../store/audit.ts';
import { openDatabase, type DatabaseHandle } from '../../store/database.ts';
import { EXIT_INPUT, type ActionRunner } from '../run-action.ts';
import { chinaTime, verifyReport } from './audit-report.ts';

interface AuditOptions {
  dataDir?: string;
  headDir?: string;
  lang: Lang;
}

/**
 * `pingding audit verify` and `pingding audit head`. The database is DATABASE_URL, else the
 * PGlite directory (DATA_DIR, default .data/pglite); the key and the head directory are those
 * of docs/audit.md. Exit code 0 when the chain holds, 1 when it does not.
 */
export function registerAudit(program: Command, run: ActionRunner) {
  const audit = program.command('audit').description('审计日志 / audit log');
  withOptions(
    audit
      .command('verify')
      .description(
        '校验审计日志的哈希链，并对照最近的签名链头 / verify the audit log hash chain against the last signed head',
      ),
  ).action(
    run(async (options: AuditOptions) => {
      await withDatabase(options, async (database, headDir) => {
        let head: AuditHead | null;
        try {
          head = headDir ? readLatestHead(database.audit.key, headDir) : null;
        } catch (error) {
          if (!(error instanceof AuditHeadError)) throw error;
          process.stdout.write(
            options.lang === 'zh'
              ? `签名链头不可信：${error.file}：${error.reason.zh}\n`
              : `The signed head cannot be trusted: ${error.file}: ${error.reason.en}\n`,
          );
          process.exitCode = EXIT_INPUT;
          return;
        }
        const result = await verifyAuditChain(database.db, { key: database.audit.key, head });
        process.stdout.write(verifyReport(result, options.lang));
        if (!result.ok) process.exitCode = EXIT_INPUT;
      });
    }),
  );
  withOptions(
    audit
      .command('head')
      .description(
        '校验哈希链后写出一份签名链头（记录数、末条编号与哈希）/ verify the chain and write a signed head (record count, last id and hash)',
      ),
  ).action(
    run(async (options: AuditOptions) => {
      await withDatabase(options, async (database, headDir) => {
        const zh = options.lang === 'zh';
        if (!headDir) {
          process.stdout.write(
            zh
              ? '内存数据库没有链头目录，请设置 PINGDING_AUDIT_HEAD_DIR 或 --head-dir\n'
              : 'An in-memory database has no head directory; set PINGDING_AUDIT_HEAD_DIR or --head-dir\n',
          );
          process.exitCode = EXIT_INPUT;
          return;
        }
        const written = await writeAuditHead(database.db, database.audit.key, headDir);
        if (!written.ok) {
          process.stdout.write(verifyReport(written.chain, options.lang));
          process.stdout.write(
            zh ? '哈希链不完整，未写出链头\n' : 'The chain does not hold; no head was written\n',
          );
          process.exitCode = EXIT_INPUT;
          return;
        }
        const { head, file } = written;
        process.stdout.write(
          zh
            ? `已写出签名链头：${file}\n  ${chinaTime(head.at)}（北京时间）共 ${head.count} 条记录，至第 ${head.lastId} 号，末条哈希 ${head.lastHash}\n`
            : `Signed head written: ${file}\n  ${chinaTime(head.at)} (China time): ${head.count} records, to id ${head.lastId}, last hash ${head.lastHash}\n`,
        );
      });
    }),
  );
}

function withOptions(command: Command): Command {
  return command
    .option(
      '--data-dir <dir>',
      'PGlite 数据目录（默认 DATA_DIR 或 .data/pglite）/ PGlite data directory',
    )
    .option(
      '--head-dir <dir>',
      '链头目录（默认 PINGDING_AUDIT_HEAD_DIR 或数据目录旁的 audit-heads）/ head directory',
    )
    .addOption(new Option('--lang <lang>', '语言 / language').choices(['zh', 'en']).default('zh'));
}

async function withDatabase(
  options: AuditOptions,
  work: (database: DatabaseHandle, headDir: string | null) => Promise<void>,
): Promise<void> {
  const dataDir = options.dataDir ?? process.env.DATA_DIR;
  const database = await openDatabase(dataDir ? { dataDir } : {});
  try {
    await work(database, options.headDir ?? database.audit.headDir);
  } finally {
    await database.close();
  }
}
