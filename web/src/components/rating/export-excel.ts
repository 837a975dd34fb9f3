// The bureau's workbook (src/methods/hq-star-rating/output.ts `ratingSheets`), written in the
// browser with exceljs. Loaded on demand: exceljs is large.
import { writeXlsx } from '../../../../src/engine/table/write-xlsx.ts';
import { ratingSheets } from '../../../../src/methods/hq-star-rating/output.ts';
import { rateRun } from './method.ts';
import type { Run } from './types.ts';

/** Downloads the run's results as .xlsx in the layout of the method's export. */
export async function exportRunXlsx(run: Run, lang: 'zh' | 'en', fileName: string): Promise<void> {
  const rating = rateRun(run);
  const bytes = await writeXlsx(ratingSheets(rating, { synthetic: run.synthetic, lang }));
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
