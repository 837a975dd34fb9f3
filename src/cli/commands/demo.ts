import { Option, type Command } from 'commander';
import type { ActionRunner } from '../run-action.ts';
import { UsageError } from '../run-action.ts';
import { methodArgument } from '../shared-options.ts';
import { writeHqDemo } from './demo-hq.ts';
import { writeMedicalReliefDemo } from './demo-medical.ts';
import { writeWaterDemo } from './demo-water.ts';

interface DemoOptions {
  output?: string;
  format?: 'csv' | 'xlsx';
  count: string;
  seed: string;
  year?: string;
}

/**
 * `pingding demo METHOD [--output FILE]`: a synthetic input file for a method (演示数据), marked
 * so that every output made from it says the figures are invented.
 */
export function registerDemo(program: Command, run: ActionRunner) {
  program
    .command('demo')
    .description('生成演示输入文件（演示数据，数值为虚构）/ write a synthetic demo input file')
    .addArgument(methodArgument(['hq-star-rating', 'water-source-compensation', 'medical-relief']))
    .option('--output <file>', '输出文件（默认标准输出）/ output file')
    .addOption(new Option('--format <format>', '输出格式 / output format').choices(['csv', 'xlsx']))
    .option('--count <n>', '企业或家庭数量 / number of enterprises or families', '120')
    .option('--seed <n>', '随机种子 / seed', '2025')
    .option('--year <year>', 'water-source-compensation：年度 / year (2023–2025)')
    .action(
      run(async (method: string, options: DemoOptions) => {
        if (method === 'water-source-compensation') return writeWaterDemo(options);
        const count = wholeNumber(options.count, '--count');
        const seed = wholeNumber(options.seed, '--seed');
        if (method === 'medical-relief') return writeMedicalReliefDemo({ ...options, count, seed });
        return writeHqDemo({ ...options, count: Math.min(count, 295), seed });
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
