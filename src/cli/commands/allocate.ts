import { Option, type Command } from 'commander';
import { InputError } from '../../engine/input-issue.ts';
import type { Lang } from '../../engine/localized.ts';
import { writeCsv } from '../../engine/table/write-csv.ts';
import { writeXlsx } from '../../engine/table/write-xlsx.ts';
import {
  allocateFund,
  type FundAllocation,
} from '../../methods/water-source-compensation/allocate.ts';
import { readWaterInput, type WaterInput } from '../../methods/water-source-compensation/input.ts';
import {
  allocationCsv,
  allocationJson,
  allocationSheets,
  allocationText,
} from '../../methods/water-source-compensation/output.ts';
import {
  outputFormat,
  readInputFile,
  requireOutputFor,
  writeOutput,
  type OutputFormat,
} from '../io.ts';
import type { ActionRunner } from '../run-action.ts';
import { methodArgument } from '../shared-options.ts';

/** The methods `allocate` knows: the allocation methods (a fund split among jurisdictions). */
export const ALLOCATION_METHODS = ['water-source-compensation'] as const;

interface AllocateOptions {
  input: string;
  format?: OutputFormat;
  output?: string;
  lang: Lang;
}

/**
 * Reads a year file of water-source-compensation and allocates it. Throws InputError with every
 * problem of the file (and WD3) before anything is written.
 * @example const { allocation, input } = await allocateWaterFile('2024.json')
 */
export async function allocateWaterFile(
  path: string,
): Promise<{ allocation: FundAllocation; input: WaterInput }> {
  const file = await readInputFile(path);
  let text: string;
  try {
    // fatal: a file in another encoding is refused, not read with replacement marks in its names.
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    throw new InputError([
      {
        code: 'not_utf8',
        message: {
          zh: '文件不是 UTF-8 编码：请以 UTF-8 保存 JSON 文件',
          en: 'the file is not UTF-8: save the JSON file as UTF-8',
        },
      },
    ]);
  }
  const input = readWaterInput(text);
  return { allocation: allocateFund(input), input };
}

/**
 * `pingding allocate water-source-compensation --input FILE [--format json|csv|xlsx|text]
 * [--output FILE] [--lang zh|en]`: one year's allocation (温政办函〔2023〕28号).
 * @example registerAllocate(program, runAction)
 */
export function registerAllocate(program: Command, run: ActionRunner) {
  program
    .command('allocate')
    .description('按办法分配一年的资金：基础部分、奖励部分与合计 / allocate a year’s fund')
    .addArgument(methodArgument(ALLOCATION_METHODS))
    .requiredOption('--input <file>', '年度数据文件（JSON）/ the year’s figures (JSON)')
    .addOption(
      new Option('--format <format>', '输出格式 / output format').choices([
        'json',
        'csv',
        'xlsx',
        'text',
      ]),
    )
    .option('--output <file>', '输出文件（默认标准输出）/ output file (default: standard output)')
    .addOption(new Option('--lang <lang>', '语言 / language').choices(['zh', 'en']).default('zh'))
    .action(
      run(async (_method: string, options: AllocateOptions) => {
        const format = outputFormat(options.format, options.output);
        requireOutputFor(format, options.output);
        const { allocation, input } = await allocateWaterFile(options.input);
        const output = { synthetic: input.synthetic, lang: options.lang };
        await writeOutput(options.output, await render(allocation, format, output));
      }),
    );
}

async function render(
  allocation: FundAllocation,
  format: OutputFormat,
  options: { synthetic: boolean; lang: Lang },
) {
  if (format === 'json') return [allocationJson(allocation, options)];
  if (format === 'text') return [allocationText(allocation, options)];
  if (format === 'xlsx') return [await writeXlsx(allocationSheets(allocation, options))];
  const { columns, records } = allocationCsv(allocation, options);
  return [writeCsv(columns, records)];
}
