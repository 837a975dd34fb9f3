import { Option, type Command } from 'commander';
import type { Lang } from '../../engine/localized.ts';
import { verifyAuditChain } from '../../store/audit.ts';
import { openDatabase } from '../../store/database.ts';
import { EXIT_INPUT, type ActionRunner } from '../run-action.ts';

interface AuditOptions {
  dataDir?: string;
  lang: Lang;
}

/**
 * `pingding audit verify`: walks the append-only audit log from its first record and checks that
 * each record's hash covers its content and its predecessor's hash, so an edited, removed or
 * inserted record is found. The database is DATABASE_URL, else the PGlite directory (DATA_DIR,
 * default .data/pglite). Exit code 0 when the chain holds, 1 with the first broken record.
 */
export function registerAudit(program: Command, run: ActionRunner) {
  program
    .command('audit')
    .description('审计日志 / audit log')
    .command('verify')
    .description('校验审计日志的哈希链 / verify the audit log hash chain')
    .option(
      '--data-dir <dir>',
      'PGlite 数据目录（默认 DATA_DIR 或 .data/pglite）/ PGlite data directory',
    )
    .addOption(new Option('--lang <lang>', '语言 / language').choices(['zh', 'en']).default('zh'))
    .action(
      run(async (options: AuditOptions) => {
        const dataDir = options.dataDir ?? process.env.DATA_DIR;
        const database = await openDatabase(dataDir ? { dataDir } : {});
        try {
          const result = await verifyAuditChain(database.db);
          const zh = options.lang === 'zh';
          if (result.ok) {
            process.stdout.write(
              zh
                ? `审计日志完整：${result.count} 条记录，哈希链逐条校验无误\n`
                : `Audit log intact: ${result.count} records, every link of the hash chain checks out\n`,
            );
            return;
          }
          process.stdout.write(
            zh
              ? `审计日志被改动：前 ${result.count} 条记录无误，第 ${result.brokenAt} 号记录起哈希链断开：${result.reason.zh}\n`
              : `Audit log altered: ${result.count} records check out, the chain breaks at record ${result.brokenAt}: ${result.reason.en}\n`,
          );
          process.exitCode = EXIT_INPUT;
        } finally {
          await database.close();
        }
      }),
    );
}
