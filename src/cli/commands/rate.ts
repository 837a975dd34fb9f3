import { Option, type Command } from 'commander';
import type { Lang } from '../../engine/localized.ts';
import { writeCsv } from '../../engine/table/write-csv.ts';
import { writeXlsx } from '../../engine/table/write-xlsx.ts';
import {
  jsonChunks,
  ratingCsvRecords,
  ratingSheets,
  ratingText,
} from '../../methods/hq-star-rating/output.ts';
import type { BatchRating } from '../../methods/hq-star-rating/rate.ts';
import { rateBatchFile, withBatchOptions, type BatchOptions } from '../hq-batch.ts';
import { outputFormat, requireOutputFor, writeOutput, type OutputFormat } from '../io.ts';
import type { ActionRunner } from '../run-action.ts';
import { methodArgument } from '../shared-options.ts';

interface RateOptions extends BatchOptions {
  format?: OutputFormat;
  output?: string;
  detail?: boolean;
}

/** `pingding rate hq-star-rating --input FILE [--format json|csv|xlsx] [--output FILE]` */
export function registerRate(program: Command, run: ActionRunner) {
  withBatchOptions(
    program
      .command('rate')
      .description('按办法评定一个批次，输出名次与星级 / rate a batch: ranks and stars')
      .addArgument(methodArgument(['hq-star-rating'])),
  )
    .addOption(
      new Option('--format <format>', '输出格式 / output format').choices([
        'json',
        'csv',
        'xlsx',
        'text',
      ]),
    )
    .option('--output <file>', '输出文件（默认标准输出）/ output file (default: standard output)')
    .option('--detail', 'JSON 中附各项得分与加分 / JSON: add indicator scores and bonuses')
    .action(
      run(async (_method: string, options: RateOptions) => {
        const format = outputFormat(options.format, options.output);
        requireOutputFor(format, options.output);
        const { rating, synthetic, progress } = await rateBatchFile(options);
        progress.step({ zh: '写出结果', en: 'writing the results' });
        const output = { synthetic, lang: options.lang, detail: options.detail === true };
        await writeOutput(options.output, await render(rating, format, output));
        progress.done();
      }),
    );
}

async function render(
  rating: BatchRating,
  format: OutputFormat,
  options: { synthetic: boolean; lang: Lang; detail: boolean },
) {
  if (format === 'json') return jsonChunks(rating, options);
  if (format === 'text') return [ratingText(rating, options)];
  if (format === 'xlsx') return [await writeXlsx(ratingSheets(rating, options))];
  const { columns, records } = ratingCsvRecords(rating, options);
  return [writeCsv(columns, records)];
}
