import { InputError, type InputIssue } from '../engine/input-issue.ts';
import { forEachTableRow } from '../engine/table/read-table.ts';
import { COLUMNS, EnterpriseReader } from '../methods/hq-star-rating/input.ts';
import { rateBatch, type BatchRating } from '../methods/hq-star-rating/rate.ts';

/** The rows of a JSON request: one object per enterprise, keyed by the interchange columns. */
export type JsonRows = Record<string, string | number | null>[];

/** Where the batch came from, which decides how issues are placed. */
export type BatchSource = { kind: 'file'; file: File } | { kind: 'rows'; rows: JsonRows };

export interface BatchSettingsInput {
  date: string;
  year?: number;
  whenNoSpread?: 'full_weight' | 'zero';
}

/**
 * Reads an uploaded file or JSON rows through the method's own reader (the checks of the command
 * line, every problem with row and column) and rates the batch. Throws InputError before anything
 * is computed when the input has a problem.
 * @example const { rating } = await rateUploadedBatch({ kind: 'file', file }, { date: '2026-03-01' })
 */
export async function rateUploadedBatch(
  source: BatchSource,
  settings: BatchSettingsInput,
): Promise<{ rating: BatchRating; synthetic: boolean }> {
  const reader = new EnterpriseReader();
  if (source.kind === 'file') {
    const bytes = new Uint8Array(await source.file.arrayBuffer());
    await forEachTableRow(
      { fileName: source.file.name, bytes },
      { required: [...COLUMNS] },
      (row) => reader.add(row),
    );
  } else {
    checkJsonColumns(source.rows);
    source.rows.forEach((cells, index) => reader.add({ row: index + 1, cells: textCells(cells) }));
  }
  const { enterprises, synthetic } = reader.finish();
  const rating = rateBatch(enterprises, {
    date: settings.date,
    year: settings.year,
    settings: settings.whenNoSpread ? { noSpread: settings.whenNoSpread } : {},
  });
  return { rating, synthetic };
}

/**
 * A file must have every column in its header; JSON has no header, so every row must have every
 * key (an empty string for an empty cell), or a missing key would pass for an empty figure.
 */
function checkJsonColumns(rows: JsonRows): void {
  const issues: InputIssue[] = [];
  rows.forEach((cells, index) => {
    for (const column of COLUMNS) {
      if (!(column in cells)) {
        issues.push({
          row: index + 1,
          column,
          code: 'missing_column',
          message: {
            zh: `缺少 ${column} 字段：每行都应包含全部 ${COLUMNS.length} 个字段，空值请填 ""`,
            en: `the ${column} field is missing: every row needs all ${COLUMNS.length} fields; use "" for an empty value`,
          },
        });
      }
    }
  });
  if (issues.length > 0) throw new InputError(issues);
}

/** Cells as the file reader gives them: text, trimmed, null as empty. */
function textCells(cells: JsonRows[number]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(cells)) {
    out[key] = value === null ? '' : String(value).trim();
  }
  return out;
}
