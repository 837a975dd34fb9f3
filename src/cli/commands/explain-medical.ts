import type { Command } from 'commander';
import { renderExplanation } from '../../engine/explanation.ts';
import { InputError } from '../../engine/input-issue.ts';
import { explainFamily } from '../../methods/medical-relief/explain.ts';
import { SYNTHETIC_NOTICE } from '../../methods/medical-relief/output.ts';
import { UsageError } from '../run-action.ts';
import { relieveFile, withMedicalReliefOptions, type MedicalReliefOptions } from './relieve.ts';

/** What `explain medical-relief` reads from the explain command's options. */
export interface MedicalExplainOptions extends MedicalReliefOptions {
  family?: string;
  format?: 'text' | 'json';
}

/**
 * Adds what `explain medical-relief` needs beyond the shared options (`--input`, `--year`,
 * `--lang`): `--family ID`, `--unmasked` and the MD3 amounts.
 * @example withMedicalExplainOptions(withBatchOptions(program.command('explain')))
 */
export function withMedicalExplainOptions(command: Command): Command {
  return withMedicalReliefOptions(
    command.option('--family <id>', '医保纾困：家庭编号 / medical-relief: the family id'),
  );
}

/**
 * `pingding explain medical-relief --input FILE --year YEAR --family ID [--format text|json]
 * [--unmasked]`: the family's cost, the threshold, the cap, the relief and the warning level, each
 * with its rule and article; personal data masked unless --unmasked.
 * @example await explainMedicalRelief({ input: 'families.csv', year: '2024', family: 'F001', lang: 'zh' })
 * @throws UsageError without --family or --year; InputError for a bad file or an unknown family
 */
export async function explainMedicalRelief(options: MedicalExplainOptions): Promise<void> {
  const familyId = options.family;
  if (!familyId) {
    throw new UsageError(
      '医保纾困须用 --family 指定家庭编号',
      'medical-relief needs --family with the family id',
    );
  }
  const { run, synthetic, personal } = await relieveFile(options);
  const explanation = explainFamily(run, familyId, personal);
  if (!explanation) {
    throw new InputError([
      {
        column: 'family_id',
        code: 'family_not_in_file',
        message: {
          zh: `家庭文件中没有编号为 ${familyId} 的家庭`,
          en: `no family with id ${familyId} in the family file`,
        },
      },
    ]);
  }
  const body = {
    ...explanation,
    year: run.year,
    ...(synthetic ? { notice: SYNTHETIC_NOTICE } : {}),
  };
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  process.stdout.write(renderExplanation(body, options.lang));
}
