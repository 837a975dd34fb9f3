import { renderExplanation } from '../../engine/explanation.ts';
import type { Lang } from '../../engine/localized.ts';
import { explainReceiver } from '../../methods/water-source-compensation/explain.ts';
import { RECEIVERS } from '../../methods/water-source-compensation/parameters.ts';
import { UsageError } from '../run-action.ts';
import { allocateWaterFile } from './allocate.ts';

/** The options `explain water-source-compensation` reads. */
export interface WaterExplainOptions {
  input: string;
  county?: string;
  format: 'text' | 'json';
  lang: Lang;
}

/**
 * `pingding explain water-source-compensation --input FILE --county 瑞安市 [--format text|json]`:
 * one receiver's base factor by factor, the WD1 rounding, the score, the reward and the total,
 * each step with its rule and article. Called by the `explain` command for this method; errors
 * (InputError, UsageError) are left to the command's runner.
 * @example await explainWater({ input: '2024.json', county: '瑞安市', format: 'text', lang: 'zh' })
 */
export async function explainWater(options: WaterExplainOptions): Promise<void> {
  const county = options.county;
  if (!county || !(RECEIVERS as readonly string[]).includes(county)) {
    const got = county ? `，收到“${county}”` : '';
    const gotEn = county ? `, got "${county}"` : '';
    throw new UsageError(
      `请用 --county 指定受偿地区：${RECEIVERS.join('、')}${got}`,
      `give the receiver with --county: ${RECEIVERS.join(', ')}${gotEn}`,
    );
  }
  const { allocation, input } = await allocateWaterFile(options.input);
  const explanation = explainReceiver(allocation, county, {
    synthetic: input.synthetic,
    lang: options.lang,
  })!;
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    return;
  }
  process.stdout.write(renderExplanation(explanation, options.lang));
}
