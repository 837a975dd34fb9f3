import { Option, type Command } from 'commander';
import { writeCsv } from '../../engine/table/write-csv.ts';
import { writeXlsx } from '../../engine/table/write-xlsx.ts';
import { DEMO_COLUMNS, demoBatch } from '../../methods/hq-star-rating/demo.ts';
import { outputFormat, requireOutputFor, writeOutput } from '../io.ts';
import type { ActionRunner } from '../run-action.ts';
import { UsageError } from '../run-action.ts';
import { methodArgument } from '../shared-options.ts';

interface DemoOptions {
  output?: string;
  format?: 'csv' | 'xlsx';
  count: string;
  seed: string;
}

/** `pingding demo hq-star-rating [--output FILE] [--count N] [--seed S]`: a synthetic batch (演示数据). */
export function registerDemo(program: Command, run: ActionRunner) {
  program
    .command('demo')
    .description(
      '生成一个演示批次文件（演示数据：真实企业名称，虚构数值）/ write a synthetic demo batch',
    )
    .addArgument(methodArgument(['hq-star-rating']))
    .option('--output <file>', '输出文件（默认标准输出）/ output file')
    .addOption(new Option('--format <format>', '输出格式 / output format').choices(['csv', 'xlsx']))
    .option('--count <n>', '企业数量（最多 295）/ number of enterprises (at most 295)', '120')
    .option('--seed <n>', '随机种子 / seed', '2025')
    .action(
      run(async (_method: string, options: DemoOptions) => {
        const count = wholeNumber(options.count, '--count');
        const seed = wholeNumber(options.seed, '--seed');
        const format = outputFormat(options.format, options.output) === 'xlsx' ? 'xlsx' : 'csv';
        requireOutputFor(format, options.output);
        const records = demoBatch({ count, seed });
        const columns = DEMO_COLUMNS.map((key) => ({ key, header: key }));
        if (format === 'xlsx') {
          // No title rows: the header must stay on row 1 so the file reads back as a batch.
          await writeOutput(options.output, [
            await writeXlsx([{ name: 'batch', columns, records }]),
          ]);
        } else {
          await writeOutput(options.output, [writeCsv(columns, records)]);
        }
      }),
    );
}

function wholeNumber(text: string, option: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(
      `${option} 应为正整数，收到“${text}”`,
      `${option} must be a positive whole number, got "${text}"`,
    );
  }
  return Number(text);
}
