import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { FILE_COLUMNS, readArrangementFile } from '../../engine/calendar/arrangement.ts';
import { builtInCalendar, type WorkingCalendar } from '../../engine/calendar/index.ts';
import { InputError } from '../../engine/input-issue.ts';
import type { Lang } from '../../engine/localized.ts';
import { DEFAULT_PGLITE_DIR, openDatabase, type DatabaseHandle } from '../../store/database.ts';
import { builtInYears, enterCalendarYear, loadCalendar } from '../../workflow/calendar/calendar.ts';
import { readInputFile } from '../io.ts';
import { UsageError, type ActionRunner } from '../run-action.ts';

interface EndOptions {
  from: string;
  workingDays: string;
  arrangement?: string;
  dataDir?: string;
  lang: Lang;
}

interface ImportOptions {
  dataDir?: string;
  lang: Lang;
}

/**
 * `pingding calendar end` and `pingding calendar import`: the statutory working-day calendar on
 * the command line. `end` counts on the built-in years, the years entered in the database (when
 * there is one: DATABASE_URL, else an existing PGlite directory) and the `--arrangement` file;
 * `import` stores an arrangement file in the database, checked and audited as on the screen.
 */
export function registerCalendar(program: Command, run: ActionRunner) {
  const calendar = program
    .command('calendar')
    .description('法定节假日工作日历 / the statutory working-day calendar');
  calendar
    .command('end')
    .description(
      '自某日起 N 个工作日的最后一天（如公示期），日历未收录的年份拒绝计算 / the last day of N working days from a date; a year the calendar does not hold is refused',
    )
    .requiredOption('--from <date>', '起始日期 YYYY-MM-DD / first day')
    .requiredOption('--working-days <n>', '工作日天数 / number of working days')
    .option(
      '--arrangement <file>',
      '另加一年的安排文件（JSON）/ an arrangement file (JSON) to count with',
    )
    .option(
      '--data-dir <dir>',
      'PGlite 数据目录（默认 DATA_DIR 或 .data/pglite）/ PGlite data directory',
    )
    .addOption(langOption())
    .action(
      run(async (options: EndOptions) => {
        const days = Number(options.workingDays);
        if (!/^\d+$/.test(options.workingDays) || days < 1) {
          throw new UsageError(
            `--working-days 须为不小于 1 的整数，收到的是 ${options.workingDays}`,
            `--working-days must be a whole number of at least 1; got ${options.workingDays}`,
          );
        }
        let counted = await storedCalendar(options.dataDir);
        if (options.arrangement) {
          const { bytes } = await readInputFile(options.arrangement);
          const read = readArrangementFile(new TextDecoder().decode(bytes), builtInYears());
          if (!read.ok) throw new InputError(read.issues);
          counted = counted.with([read.entry]);
        }
        process.stdout.write(`${counted.addWorkingDays(options.from, days)}\n`);
      }),
    );
  calendar
    .command('import')
    .description(
      '把一年的节假日安排文件（JSON：year、source、holidays、working_days）存入数据库 / store an arrangement file in the database',
    )
    .argument('<file>', '安排文件 / arrangement file')
    .option(
      '--data-dir <dir>',
      'PGlite 数据目录（默认 DATA_DIR 或 .data/pglite）/ PGlite data directory',
    )
    .addOption(langOption())
    .action(
      run(async (file: string, options: ImportOptions) => {
        const { bytes } = await readInputFile(file);
        const read = readArrangementFile(new TextDecoder().decode(bytes), builtInYears());
        if (!read.ok) throw new InputError(read.issues);
        const database = await open(options.dataDir);
        try {
          const stored = await enterCalendarYear(database.db, null, read.entry, {
            columns: FILE_COLUMNS,
            via: 'file',
          });
          process.stdout.write(
            options.lang === 'zh'
              ? `已存入 ${stored.year} 年节假日安排（${stored.source}）：放假 ${stored.holidays.length} 天，调休上班 ${stored.workingDays.length} 天\n`
              : `Stored the ${stored.year} arrangement (${stored.source}): ${stored.holidays.length} days off, ${stored.workingDays.length} adjusted working days\n`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}

function langOption(): Option {
  return new Option('--lang <lang>', '语言 / language').choices(['zh', 'en']).default('zh');
}

function open(dataDir: string | undefined): Promise<DatabaseHandle> {
  const dir = dataDir ?? process.env.DATA_DIR;
  return openDatabase(dir ? { dataDir: dir } : {});
}

// The database's years when there is a database; a fresh clone counts on the built-in years.
async function storedCalendar(dataDir: string | undefined): Promise<WorkingCalendar> {
  const dir = dataDir ?? (process.env.DATA_DIR || DEFAULT_PGLITE_DIR);
  const named = Boolean(process.env.DATABASE_URL) || dataDir !== undefined;
  if (!named && !existsSync(join(dir, 'PG_VERSION'))) return builtInCalendar();
  const database = await open(dataDir);
  try {
    return await loadCalendar(database.db);
  } finally {
    await database.close();
  }
}
