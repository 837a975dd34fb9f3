import { Option, type Command } from 'commander';
import type { Lang } from '../engine/localized.ts';
import { openDatabase, type DatabaseHandle } from '../store/database.ts';

/** The options of a command that works on the service's database. */
export interface DatabaseCommandOptions {
  dataDir?: string;
  lang: Lang;
}

/**
 * `--data-dir` and `--lang`, for the commands that open the service's database (DATABASE_URL,
 * else the PGlite directory: --data-dir, DATA_DIR, default .data/pglite).
 */
export function withDatabaseOptions(command: Command): Command {
  return command
    .option(
      '--data-dir <dir>',
      'PGlite 数据目录（默认 DATA_DIR 或 .data/pglite）/ PGlite data directory',
    )
    .addOption(new Option('--lang <lang>', '语言 / language').choices(['zh', 'en']).default('zh'));
}

/** Opens the database the options name, runs `work`, and closes it whatever happens. */
export async function withDatabase(
  options: DatabaseCommandOptions,
  work: (database: DatabaseHandle) => Promise<void>,
): Promise<void> {
  const dataDir = options.dataDir ?? process.env.DATA_DIR;
  const database = await openDatabase(dataDir ? { dataDir } : {});
  try {
    await work(database);
  } finally {
    await database.close();
  }
}
