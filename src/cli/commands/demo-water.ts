import { demoYearJson } from '../../methods/water-source-compensation/demo.ts';
import { fundParameters } from '../../methods/water-source-compensation/parameters.ts';
import { writeOutput } from '../io.ts';
import { UsageError } from '../run-action.ts';

/** The options `demo water-source-compensation` reads (others of the demo command are ignored). */
export interface WaterDemoOptions {
  output?: string;
  seed?: string;
  year?: string;
}

/**
 * `pingding demo water-source-compensation [--output FILE] [--seed S]`: a synthetic year file
 * (演示数据) in the interchange format, with a `note` saying the figures are invented, so every
 * output made from it carries the notice. Standard output without `--output`.
 * @example await writeWaterDemo({ output: 'water-2024.json' })
 */
export async function writeWaterDemo(options: WaterDemoOptions): Promise<void> {
  const seed = options.seed ?? '2025';
  if (!/^\d+$/.test(seed)) {
    throw new UsageError(
      `--seed 应为非负整数，收到“${seed}”`,
      `--seed must be a whole number, got "${seed}"`,
    );
  }
  const year = options.year ?? '2024';
  if (!/^\d{4}$/.test(year) || !fundParameters(Number(year))) {
    throw new UsageError(
      `--year 应为 28号 适用的年份（2023–2025），收到“${year}”`,
      `--year must be a year 28号 covers (2023–2025), got "${year}"`,
    );
  }
  await writeOutput(options.output, [demoYearJson({ seed: Number(seed), year: Number(year) })]);
}
