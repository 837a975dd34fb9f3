import { Option, type Command } from 'commander';
import { renderExplanation } from '../../engine/explanation.ts';
import { InputError } from '../../engine/input-issue.ts';
import { explainEnterprise } from '../../methods/hq-star-rating/explain.ts';
import { SYNTHETIC_NOTICE } from '../../methods/hq-star-rating/output.ts';
import { rateBatchFile, withBatchOptions, type BatchOptions } from '../hq-batch.ts';
import type { ActionRunner } from '../run-action.ts';
import { methodArgument } from '../shared-options.ts';

interface ExplainOptions extends BatchOptions {
  uscc: string;
  format: 'text' | 'json';
}

/** `pingding explain hq-star-rating --input FILE --uscc CODE [--format text|json]` */
export function registerExplain(program: Command, run: ActionRunner) {
  withBatchOptions(
    program
      .command('explain')
      .description('逐步说明一家企业的得分、名次与星级 / explain one enterprise step by step')
      .addArgument(methodArgument(['hq-star-rating'])),
  )
    .requiredOption('--uscc <code>', '企业的统一社会信用代码 / the enterprise credit code')
    .addOption(
      new Option('--format <format>', '输出格式 / output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(
      run(async (_method: string, options: ExplainOptions) => {
        const { rating, synthetic } = await rateBatchFile(options);
        const explanation = explainEnterprise(rating, options.uscc);
        const unscored = rating.unscored.find((entry) => entry.enterprise.uscc === options.uscc);
        if (!explanation && !unscored) {
          throw new InputError([
            {
              column: 'uscc',
              code: 'uscc_not_in_batch',
              message: {
                zh: `批次文件中没有统一社会信用代码为 ${options.uscc} 的企业`,
                en: `no enterprise with credit code ${options.uscc} in the batch file`,
              },
            },
          ]);
        }
        const notice = synthetic ? SYNTHETIC_NOTICE : undefined;
        if (options.format === 'json') {
          const body = explanation
            ? { ...explanation, notice }
            : {
                method: 'hq-star-rating',
                subject: { id: options.uscc, name: unscored!.enterprise.name },
                unscored: unscored!.reasons,
                notice,
              };
          process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
          return;
        }
        if (explanation) {
          process.stdout.write(renderExplanation({ ...explanation, notice }, options.lang));
          return;
        }
        const lines = [
          ...(notice ? [`【${notice[options.lang]}】`, ''] : []),
          `${unscored!.enterprise.name} (${options.uscc})`,
          options.lang === 'zh' ? '未计分（D5），原因：' : 'Not scored (D5), because:',
          ...unscored!.reasons.map((reason) => `  - ${reason.message[options.lang]}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }),
    );
}
