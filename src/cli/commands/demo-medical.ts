import { writeCsv } from '../../engine/table/write-csv.ts';
import { writeXlsx } from '../../engine/table/write-xlsx.ts';
import { DEMO_COLUMNS, demoFamilies } from '../../methods/medical-relief/demo.ts';
import { requireOutputFor, writeOutput } from '../io.ts';
import { UsageError } from '../run-action.ts';

/** Far more than the pilot counties' relatively low-income families; a guard against typos. */
const MAX_FAMILIES = 100_000;

/**
 * `pingding demo medical-relief [--output FILE] [--format csv|xlsx] [--count N] [--seed S]`:
 * writes a synthetic family file (演示数据: a `note` column marks every row, so every output made
 * from it says so). The format is as asked, else from the output's extension, else CSV.
 * @example await writeMedicalReliefDemo({ output: 'families.csv', count: 120, seed: 2025 })
 */
export async function writeMedicalReliefDemo(options: {
  output?: string;
  format?: 'csv' | 'xlsx';
  count: number;
  seed: number;
}): Promise<void> {
  if (options.count > MAX_FAMILIES) {
    throw new UsageError(
      `--count 最多 ${MAX_FAMILIES} 户，收到 ${options.count}`,
      `--count is at most ${MAX_FAMILIES} families, got ${options.count}`,
    );
  }
  const format =
    options.format ?? (options.output?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  requireOutputFor(format, options.output);
  const records = demoFamilies({ count: options.count, seed: options.seed });
  const columns = DEMO_COLUMNS.map((key) => ({ key, header: key }));
  if (format === 'xlsx') {
    // No title rows: the header must stay on row 1 so the file reads back as a family file.
    await writeOutput(options.output, [await writeXlsx([{ name: 'families', columns, records }])]);
  } else {
    await writeOutput(options.output, [writeCsv(columns, records)]);
  }
}
