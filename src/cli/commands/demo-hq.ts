import { writeCsv } from '../../engine/table/write-csv.ts';
import { writeXlsx } from '../../engine/table/write-xlsx.ts';
import { DEMO_COLUMNS, demoBatch } from '../../methods/hq-star-rating/demo.ts';
import { outputFormat, requireOutputFor, writeOutput } from '../io.ts';

/**
 * `pingding demo hq-star-rating [--output FILE] [--format csv|xlsx] [--count N] [--seed S]`: a
 * synthetic batch (演示数据: real names from the 2023 lists, invented figures).
 * @example await writeHqDemo({ output: 'batch.csv', count: 120, seed: 2025 })
 */
export async function writeHqDemo(options: {
  output?: string;
  format?: 'csv' | 'xlsx';
  count: number;
  seed: number;
}): Promise<void> {
  const format = outputFormat(options.format, options.output) === 'xlsx' ? 'xlsx' : 'csv';
  requireOutputFor(format, options.output);
  const records = demoBatch({ count: options.count, seed: options.seed });
  const columns = DEMO_COLUMNS.map((key) => ({ key, header: key }));
  if (format === 'xlsx') {
    // No title rows: the header must stay on row 1 so the file reads back as a batch.
    await writeOutput(options.output, [await writeXlsx([{ name: 'batch', columns, records }])]);
  } else {
    await writeOutput(options.output, [writeCsv(columns, records)]);
  }
}
