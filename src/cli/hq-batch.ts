import { Option, type Command } from 'commander';
import type { Lang } from '../engine/localized.ts';
import { LOCAL_TABLE_LIMITS } from '../engine/table/limits.ts';
import { forEachTableRow } from '../engine/table/read-table.ts';
import { EnterpriseReader } from '../methods/hq-star-rating/input.ts';
import { rateBatch, type BatchRating } from '../methods/hq-star-rating/rate.ts';
import { readInputFile } from './io.ts';
import { UsageError } from './run-action.ts';
import { progressReporter, ratingDate } from './shared-options.ts';

/** The options every command that rates an HQ batch file shares. */
export interface BatchOptions {
  input: string;
  date?: string;
  year?: string;
  whenNoSpread?: 'full_weight' | 'zero';
  lang: Lang;
}

/** Adds the shared batch options to a command. */
export function withBatchOptions(command: Command): Command {
  return command
    .requiredOption('--input <file>', '批次文件（.csv 或 .xlsx）/ batch file')
    .option(
      '--date <date>',
      '评定日期，决定适用的参数版本（默认今天）/ rating date, selects the parameters',
    )
    .option('--year <year>', '批次年度 Y（默认评定日期的年份；D6）/ batch year Y (D6)')
    .addOption(
      new Option(
        '--when-no-spread <rule>',
        'D2：指标无差异时每家的得分 / D2: score without spread',
      ).choices(['full_weight', 'zero']),
    )
    .addOption(new Option('--lang <lang>', '语言 / language').choices(['zh', 'en']).default('zh'));
}

/**
 * Reads, checks and rates a batch file, reporting progress on long runs. Throws InputError with
 * every problem of the file before anything is computed.
 */
export async function rateBatchFile(options: BatchOptions): Promise<{
  rating: BatchRating;
  synthetic: boolean;
  progress: ReturnType<typeof progressReporter>;
}> {
  const progress = progressReporter(options.lang);
  progress.step({ zh: '读取文件', en: 'reading the file' });
  const file = await readInputFile(options.input);
  progress.expect(file.bytes.length / 100);
  progress.step({ zh: '解析并校验各行', en: 'parsing and checking the rows' });
  const reader = new EnterpriseReader();
  // Missing columns are checked with the rows, so the person sees every problem of the file at once.
  const { columns } = await forEachTableRow(
    file,
    { required: [], limits: LOCAL_TABLE_LIMITS },
    (row) => reader.add(row),
  );
  const { enterprises, synthetic } = reader.finish(columns);
  progress.step({
    zh: `评分与排名 ${enterprises.length} 家企业`,
    en: `scoring and ranking ${enterprises.length} enterprises`,
  });
  const rating = rateBatch(enterprises, {
    date: ratingDate(options.date),
    year: parseYear(options.year),
    settings: options.whenNoSpread ? { noSpread: options.whenNoSpread } : {},
  });
  return { rating, synthetic, progress };
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) {
    throw new UsageError(
      `--year 应为四位年份，如 2025，收到“${text}”`,
      `--year must be a four-digit year such as 2025, got "${text}"`,
    );
  }
  return Number(text);
}
