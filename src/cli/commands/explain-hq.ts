import { renderExplanation } from '../../engine/explanation.ts';
import { InputError } from '../../engine/input-issue.ts';
import { explainEnterprise } from '../../methods/hq-star-rating/explain.ts';
import { SYNTHETIC_NOTICE } from '../../methods/hq-star-rating/output.ts';
import { rateBatchFile, type BatchOptions } from '../hq-batch.ts';
import { UsageError } from '../run-action.ts';

/** The options `explain hq-star-rating` reads. */
export interface HqExplainOptions extends BatchOptions {
  uscc?: string;
  format: 'text' | 'json';
}

/**
 * `pingding explain hq-star-rating --input FILE --uscc CODE [--format text|json]`: every step from
 * one enterprise's figures to its stars, or the reasons it was not scored (D5).
 * @example await explainHq({ input: 'batch.csv', uscc: '91330302MAR6FJP20Q', format: 'text', lang: 'zh' })
 */
export async function explainHq(given: HqExplainOptions): Promise<void> {
  if (!given.uscc) {
    throw new UsageError(
      '请用 --uscc 指定企业的统一社会信用代码',
      'give the enterprise credit code with --uscc',
    );
  }
  const options = { ...given, uscc: given.uscc };

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
}
