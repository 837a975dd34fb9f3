import { Option, type Command } from 'commander';
import { parseDecimal } from '../../engine/exact/decimal.ts';
import { Exact } from '../../engine/exact/exact.ts';
import type { Lang } from '../../engine/localized.ts';
import { LOCAL_TABLE_LIMITS } from '../../engine/table/limits.ts';
import { forEachTableRow } from '../../engine/table/read-table.ts';
import { writeCsv } from '../../engine/table/write-csv.ts';
import { writeXlsx } from '../../engine/table/write-xlsx.ts';
import { COLUMNS, FamilyReader } from '../../methods/medical-relief/input.ts';
import {
  reliefCsvRecords,
  reliefJson,
  reliefSheets,
  reliefText,
  type OutputOptions,
} from '../../methods/medical-relief/output.ts';
import { reliefParameters, yearIssue } from '../../methods/medical-relief/parameters.ts';
import type { PersonalDataView } from '../../methods/medical-relief/personal-data.ts';
import { relieveFamilies, type ReliefRun } from '../../methods/medical-relief/relieve.ts';
import type { WarningThresholds } from '../../methods/medical-relief/warning-level.ts';
import { outputFormat, readInputFile, requireOutputFor, writeOutput } from '../io.ts';
import type { ActionRunner } from '../run-action.ts';
import { UsageError } from '../run-action.ts';
import { methodArgument, progressReporter } from '../shared-options.ts';

/** The options every medical-relief command shares (`relieve`, `explain`). */
export interface MedicalReliefOptions {
  input: string;
  year?: string;
  lang: Lang;
  unmasked?: boolean;
  watchAbove?: string;
  reliefDueAbove?: string;
}

/**
 * Adds the options of the medical-relief method that the shared batch options do not have:
 * `--unmasked` (personal data in full) and the MD3 warning amounts.
 * @example withMedicalReliefOptions(program.command('explain'))
 */
export function withMedicalReliefOptions(command: Command): Command {
  return command
    .option(
      '--unmasked',
      '医保纾困：显示完整的户主姓名、身份证号码和手机号码（默认脱敏）/ medical-relief: personal data in full (masked by default)',
    )
    .option(
      '--watch-above <yuan>',
      '医保纾困 MD3：“关注”线（元，默认 60000）/ medical-relief MD3: watch above (yuan)',
    )
    .option(
      '--relief-due-above <yuan>',
      '医保纾困 MD3：“应予化解”线（元，默认 120000）/ medical-relief MD3: relief due above (yuan)',
    );
}

/**
 * `--year` for medical relief: required (MD1: relief is per calendar year), four digits, and not
 * before the pilot (M2: from 2024) or the parameters' effective date.
 * @example reliefYear('2024') // 2024
 * @throws UsageError with a message in both languages
 */
export function reliefYear(text: string | undefined): number {
  if (text === undefined) {
    throw new UsageError(
      '医保纾困须用 --year 指定年度（如 --year 2024）：化解按户按自然年度计算（MD1）',
      'medical-relief needs --year (e.g. --year 2024): relief is per family and calendar year (MD1)',
    );
  }
  if (!/^\d{4}$/.test(text)) {
    throw new UsageError(
      `--year 应为四位年份，如 2024，收到“${text}”`,
      `--year must be a four-digit year such as 2024, got "${text}"`,
    );
  }
  const year = Number(text);
  const problem = yearIssue(year);
  if (problem) throw new UsageError(problem.message.zh, problem.message.en);
  return year;
}

function amountOption(text: string | undefined, option: string): Exact | undefined {
  if (text === undefined) return undefined;
  const value = parseDecimal(text);
  if (!value || value.isNegative() || value.times(Exact.of(100n)).reduced().den !== 1n) {
    throw new UsageError(
      `${option} 应为以元为单位、最多两位小数的非负金额，如 60000，收到“${text}”`,
      `${option} must be a non-negative amount in yuan with at most two decimals, such as 60000, got "${text}"`,
    );
  }
  return value;
}

/** The MD3 amounts of the run: the parameters' defaults, or the options, watch below relief due. */
function thresholdsOf(options: MedicalReliefOptions, year: number): WarningThresholds {
  const defaults = reliefParameters(year).warningLevels;
  const thresholds = {
    watchAbove: amountOption(options.watchAbove, '--watch-above') ?? defaults.watchAbove,
    reliefDueAbove:
      amountOption(options.reliefDueAbove, '--relief-due-above') ?? defaults.reliefDueAbove,
  };
  if (thresholds.watchAbove.compare(thresholds.reliefDueAbove) >= 0) {
    throw new UsageError(
      `“关注”线 ${thresholds.watchAbove.toDecimal(2)} 应低于“应予化解”线 ${thresholds.reliefDueAbove.toDecimal(2)}（MD3）`,
      `the watch amount ${thresholds.watchAbove.toDecimal(2)} must be below the relief-due amount ${thresholds.reliefDueAbove.toDecimal(2)} (MD3)`,
    );
  }
  return thresholds;
}

/**
 * Reads, checks and relieves a family file. Throws UsageError for a bad --year or amount, and
 * InputError with every problem of the file before anything is computed.
 * @example const { run } = await relieveFile({ input: 'families.csv', year: '2024', lang: 'zh' });
 */
export async function relieveFile(options: MedicalReliefOptions): Promise<{
  run: ReliefRun;
  synthetic: boolean;
  personal: PersonalDataView;
  progress: ReturnType<typeof progressReporter>;
}> {
  const year = reliefYear(options.year);
  const thresholds = thresholdsOf(options, year);
  const progress = progressReporter(options.lang);
  progress.step({ zh: '读取文件', en: 'reading the file' });
  const file = await readInputFile(options.input);
  progress.expect(file.bytes.length / 60);
  progress.step({ zh: '解析并校验各行', en: 'parsing and checking the rows' });
  const reader = new FamilyReader();
  await forEachTableRow(file, { required: [...COLUMNS], limits: LOCAL_TABLE_LIMITS }, (row) =>
    reader.add(row),
  );
  const { families, synthetic, personalColumns } = reader.finish();
  progress.step({
    zh: `计算 ${families.length} 户的化解金额`,
    en: `relieving ${families.length} families`,
  });
  const run = relieveFamilies(families, { year, thresholds });
  return {
    run,
    synthetic,
    personal: { columns: personalColumns, unmasked: options.unmasked === true },
    progress,
  };
}

interface RelieveOptions extends MedicalReliefOptions {
  format?: 'json' | 'csv' | 'xlsx' | 'text';
  output?: string;
}

/**
 * `pingding relieve medical-relief --input FILE --year YEAR [--format json|csv|xlsx|text]
 * [--output FILE] [--lang zh|en] [--unmasked]`: each family's relief and warning level, the totals
 * per county and the warnings (温政办〔2023〕90号).
 */
export function registerRelieve(program: Command, run: ActionRunner) {
  withMedicalReliefOptions(
    program
      .command('relieve')
      .description(
        '按办法计算救助化解金额：医保纾困（90号）/ compute relief: medical-relief (90号)',
      )
      .addArgument(methodArgument(['medical-relief']))
      .requiredOption('--input <file>', '家庭文件（.csv 或 .xlsx）/ family file')
      .requiredOption('--year <year>', '费用所属自然年度（MD1）/ calendar year of the costs (MD1)')
      .addOption(
        new Option('--format <format>', '输出格式 / output format').choices([
          'json',
          'csv',
          'xlsx',
          'text',
        ]),
      )
      .option('--output <file>', '输出文件（默认标准输出）/ output file (default: standard output)')
      .addOption(
        new Option('--lang <lang>', '语言 / language').choices(['zh', 'en']).default('zh'),
      ),
  ).action(
    run(async (_method: string, options: RelieveOptions) => {
      const format = outputFormat(options.format, options.output);
      requireOutputFor(format, options.output);
      const { run: result, synthetic, personal, progress } = await relieveFile(options);
      progress.step({ zh: '写出结果', en: 'writing the results' });
      const output: OutputOptions = { synthetic, personal, lang: options.lang };
      await writeOutput(options.output, await render(result, format, output));
      progress.done();
    }),
  );
}

async function render(run: ReliefRun, format: string, options: OutputOptions) {
  if (format === 'text') return [reliefText(run, options)];
  if (format === 'xlsx') return [await writeXlsx(reliefSheets(run, options))];
  if (format === 'csv') {
    const { columns, records } = reliefCsvRecords(run, options);
    return [writeCsv(columns, records)];
  }
  return [`${JSON.stringify(reliefJson(run, options), null, 2)}\n`];
}
