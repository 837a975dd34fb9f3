import { Option, type Command } from 'commander';
import { withBatchOptions } from '../hq-batch.ts';
import type { ActionRunner } from '../run-action.ts';
import { methodArgument } from '../shared-options.ts';
import { explainHq, type HqExplainOptions } from './explain-hq.ts';
import {
  explainMedicalRelief,
  withMedicalExplainOptions,
  type MedicalExplainOptions,
} from './explain-medical.ts';
import { explainWater, type WaterExplainOptions } from './explain-water.ts';

type ExplainOptions = HqExplainOptions & WaterExplainOptions & MedicalExplainOptions;

/**
 * `pingding explain METHOD --input FILE …`: how one figure was reached, step by step, with the
 * rule and article behind each step. The subject depends on the method: an enterprise (`--uscc`),
 * a receiving county (`--county`), a family (`--family`).
 */
export function registerExplain(program: Command, run: ActionRunner) {
  withMedicalExplainOptions(
    withBatchOptions(
      program
        .command('explain')
        .description('逐步说明一个结果的由来 / explain one result step by step')
        .addArgument(
          methodArgument(['hq-star-rating', 'water-source-compensation', 'medical-relief']),
        ),
    ),
  )
    .option('--uscc <code>', 'hq-star-rating：企业的统一社会信用代码 / the enterprise credit code')
    .option('--county <name>', 'water-source-compensation：受偿地区 / the receiving county')
    .addOption(
      new Option('--format <format>', '输出格式 / output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(
      run(async (method: string, options: ExplainOptions) => {
        if (method === 'water-source-compensation') await explainWater(options);
        else if (method === 'medical-relief') await explainMedicalRelief(options);
        else await explainHq(options);
      }),
    );
}
