import type { ColumnSpec, SheetSpec } from '../../engine/table/table.ts';
import type { Warning } from '../../engine/warning.ts';
import { INDICATOR_LABELS } from './indicators.ts';
import { INDICATOR_KEYS } from './parameters.ts';
import {
  breakdownOf,
  type BatchRating,
  type RatedEnterprise,
  type UnscoredEnterprise,
} from './rate.ts';

/** Printed with every output made from synthetic figures. */
export const SYNTHETIC_NOTICE = {
  zh: '演示数据：企业名称取自 2023 年温州市领军型、高成长型工业企业名单，指标数值为虚构，不代表企业真实情况',
  en: 'Synthetic data (演示数据): names from the 2023 Wenzhou leading and high-growth industrial enterprise lists; all figures are invented',
};

/**
 * One result as a flat record of strings, scores with the export places (D3).
 * @example resultRecord(result, 4).total // '58.5474'
 */
export function resultRecord(
  rating: BatchRating,
  result: RatedEnterprise,
  places: number,
): Record<string, string> {
  const parts = breakdownOf(rating, result);
  const record: Record<string, string> = {
    rank: String(result.rank),
    stars: String(result.stars),
    uscc: result.enterprise.uscc,
    name: result.enterprise.name,
    county: result.enterprise.county,
    total: result.total.toDecimal(places),
  };
  for (const key of INDICATOR_KEYS) record[`score_${key}`] = parts.scores[key].toDecimal(places);
  record.base = parts.base.toDecimal(places);
  record.top500_bonus = parts.top500.points.toDecimal(0);
  record.listing_bonus = parts.listing.toDecimal(0);
  record.bonus = parts.bonus.toDecimal(0);
  record.tied_with = String(result.tiedWith);
  record.boundary_tie = result.boundaryTie ? 'yes' : '';
  return record;
}

/** One unscored enterprise as a flat record: its reasons joined (D5). */
export function unscoredRecord(
  entry: UnscoredEnterprise,
  lang: 'zh' | 'en',
): Record<string, string> {
  return {
    uscc: entry.enterprise.uscc,
    name: entry.enterprise.name,
    county: entry.enterprise.county,
    row: entry.enterprise.row === undefined ? '' : String(entry.enterprise.row),
    reason: entry.reasons.map((reason) => reason.message[lang]).join('；'),
  };
}

/**
 * The JSON document of the command-line contract, written in pieces so a million results never
 * become one giant string: `{"method", "results", "unscored", "warnings", …}`.
 * @example [...jsonChunks(rating, { synthetic: false })].join('')
 */
export function* jsonChunks(
  rating: BatchRating,
  options: { synthetic: boolean; detail?: boolean },
): Generator<string> {
  const places = rating.settings.exportPlaces;
  const head = {
    method: 'hq-star-rating',
    year: rating.year,
    date: rating.date,
    parameters: rating.parameters.source,
    settings: rating.settings,
    ...(options.synthetic ? { notice: SYNTHETIC_NOTICE } : {}),
    pool: rating.pool
      ? {
          size: rating.pool.size,
          min: Object.fromEntries(
            INDICATOR_KEYS.map((key) => [key, rating.pool!.min[key].toFraction()]),
          ),
          max: Object.fromEntries(
            INDICATOR_KEYS.map((key) => [key, rating.pool!.max[key].toFraction()]),
          ),
        }
      : null,
  };
  yield JSON.stringify(head).slice(0, -1);
  yield ',"results":[';
  const tail = options.synthetic ? ',"synthetic":true}' : '}';
  // One growing string per chunk rather than an array joined: fewer objects for the collector.
  let chunk = '';
  for (let i = 0; i < rating.results.length; i++) {
    const result = rating.results[i]!;
    const detail = options.detail ? detailJson(rating, result, places) : '';
    chunk += (i === 0 ? '' : ',') + resultJson(result, places) + detail + tail;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
  yield '],"unscored":';
  yield JSON.stringify(
    rating.unscored.map((entry) => ({
      uscc: entry.enterprise.uscc,
      name: entry.enterprise.name,
      row: entry.enterprise.row,
      reason: entry.reasons.map((reason) => reason.message.zh).join('；'),
      reasons: entry.reasons,
    })),
  );
  yield ',"warnings":';
  yield JSON.stringify(rating.warnings.map(warningRecord));
  yield '}\n';
}

/**
 * Characters of JSON per write. Kept under V8's large-object size (128 KiB, two bytes a character
 * here), so each chunk dies young instead of growing the old generation and its full collections.
 */
const CHUNK_CHARS = 1 << 15;

/**
 * One result as JSON, written directly: a million of these are written per run. Credit codes and
 * county names are validated and need no escaping; the name goes through jsonString.
 * The closing brace is left to the caller.
 */
function resultJson(result: RatedEnterprise, places: number): string {
  return (
    `{"rank":${result.rank},"stars":${result.stars},"uscc":"${result.uscc}",` +
    `"name":${jsonString(result.name)},"county":"${result.county}",` +
    `"total":"${result.total.toDecimal(places)}",` +
    `"tied_with":${result.tiedWith},"boundary_tie":${result.boundaryTie !== null}`
  );
}

/**
 * A string as JSON, the same text JSON.stringify gives: a plain name needs only its quotes, and
 * scanning for that is cheaper than a call to JSON.stringify for each of a million rows.
 */
function jsonString(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // What JSON.stringify escapes: controls, quote, backslash; any surrogate too, to be safe.
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff))
      return JSON.stringify(text);
  }
  return `"${text}"`;
}

/** With `detail`: the four indicator scores and the bonus points behind the total. */
function detailJson(rating: BatchRating, result: RatedEnterprise, places: number): string {
  const parts = breakdownOf(rating, result);
  const scores = INDICATOR_KEYS.map(
    (key) => `"${key}":"${parts.scores[key].toDecimal(places)}"`,
  ).join(',');
  return (
    `,"scores":{${scores}},"base":"${parts.base.toDecimal(places)}",` +
    `"top500_bonus":${parts.top500.points.num},"listing_bonus":${parts.listing.num}`
  );
}

function warningRecord(warning: Warning) {
  return { ...warning, rule: warning.citation.rule, article: warning.citation.article };
}

/** The result columns, headed in the reader's language. */
export function resultColumns(lang: 'zh' | 'en', places: number): ColumnSpec[] {
  const zh = lang === 'zh';
  const decimal = { kind: 'decimal' as const, places };
  return [
    { key: 'rank', header: zh ? '名次' : 'Rank', kind: 'integer', width: 6 },
    { key: 'stars', header: zh ? '星级' : 'Stars', kind: 'integer', width: 6 },
    { key: 'uscc', header: zh ? '统一社会信用代码' : 'Credit code', width: 22 },
    { key: 'name', header: zh ? '企业名称' : 'Name', width: 36 },
    { key: 'county', header: zh ? '县（市、区）' : 'County', width: 12 },
    { key: 'total', header: zh ? '总分' : 'Total', width: 10, ...decimal },
    ...INDICATOR_KEYS.map((key) => ({
      key: `score_${key}`,
      header: zh ? `${INDICATOR_LABELS[key].zh}得分` : `${INDICATOR_LABELS[key].en} score`,
      width: 14,
      ...decimal,
    })),
    { key: 'base', header: zh ? '基本分' : 'Base', width: 10, ...decimal },
    { key: 'top500_bonus', header: zh ? '500强加分' : 'Top-500 bonus', kind: 'integer', width: 8 },
    { key: 'listing_bonus', header: zh ? '上市加分' : 'Listing bonus', kind: 'integer', width: 8 },
    { key: 'bonus', header: zh ? '附加分' : 'Bonus', kind: 'integer', width: 8 },
    { key: 'tied_with', header: zh ? '并列家数' : 'Tied with', kind: 'integer', width: 8 },
    { key: 'boundary_tie', header: zh ? '跨星级并列' : 'Boundary tie', width: 10 },
  ];
}

/** Columns for the unscored enterprises (D5). */
export function unscoredColumns(lang: 'zh' | 'en'): ColumnSpec[] {
  const zh = lang === 'zh';
  return [
    { key: 'uscc', header: zh ? '统一社会信用代码' : 'Credit code', width: 22 },
    { key: 'name', header: zh ? '企业名称' : 'Name', width: 36 },
    { key: 'county', header: zh ? '县（市、区）' : 'County', width: 12 },
    { key: 'row', header: zh ? '源文件行号' : 'Source row', kind: 'integer', width: 8 },
    { key: 'reason', header: zh ? '未计分原因' : 'Reason not scored', width: 60 },
  ];
}

/** The workbook: results, unscored enterprises, warnings; a synthetic notice above each header. */
export function ratingSheets(
  rating: BatchRating,
  options: { synthetic: boolean; lang: 'zh' | 'en' },
): SheetSpec[] {
  const { lang } = options;
  const zh = lang === 'zh';
  const notes = [
    `${zh ? '温州市总部企业星级评定' : 'Wenzhou HQ-enterprise star rating'} · ${rating.parameters.source} · ${zh ? '批次年度' : 'batch year'} ${rating.year}`,
    ...(options.synthetic ? [SYNTHETIC_NOTICE[lang]] : []),
  ];
  return [
    {
      name: zh ? '评定结果' : 'Results',
      notes,
      columns: resultColumns(lang, rating.settings.exportPlaces),
      records: rating.results.map((result) =>
        resultRecord(rating, result, rating.settings.exportPlaces),
      ),
    },
    {
      name: zh ? '未计分企业' : 'Not scored',
      notes,
      columns: unscoredColumns(lang),
      records: rating.unscored.map((entry) => unscoredRecord(entry, lang)),
    },
    {
      name: zh ? '提示' : 'Warnings',
      notes,
      columns: [
        { key: 'rule', header: zh ? '规则' : 'Rule', width: 8 },
        { key: 'message', header: zh ? '内容' : 'Message', width: 100 },
        { key: 'subjects', header: zh ? '涉及企业' : 'Concerned', width: 60 },
      ],
      records: rating.warnings.map((warning) => ({
        rule: warning.citation.rule,
        message: warning.message[lang],
        subjects: (warning.subjects ?? []).join('；'),
      })),
    },
  ];
}

/**
 * The CSV of a rating: every scored enterprise in rank order, then the unscored ones with their
 * reason (D5) so none is lost; a note column on every row when the figures are synthetic.
 */
export function ratingCsvRecords(
  rating: BatchRating,
  options: { synthetic: boolean; lang: 'zh' | 'en' },
) {
  const { lang } = options;
  const places = rating.settings.exportPlaces;
  const zh = lang === 'zh';
  const columns: ColumnSpec[] = [
    ...resultColumns(lang, places),
    { key: 'reason', header: zh ? '未计分原因' : 'Reason not scored' },
    ...(options.synthetic ? [{ key: 'note', header: zh ? '备注' : 'Note' }] : []),
  ];
  const note: Record<string, string> = options.synthetic ? { note: SYNTHETIC_NOTICE[lang] } : {};
  const records = [
    ...rating.results.map((result) => ({ ...resultRecord(rating, result, places), ...note })),
    ...rating.unscored.map((entry) => ({ ...unscoredRecord(entry, lang), row: '', ...note })),
  ];
  return { columns, records };
}

/**
 * A rating as text for the terminal: the batch, each result line, the unscored and the warnings.
 * @example process.stdout.write(ratingText(rating, { synthetic: true, lang: 'zh' }))
 */
export function ratingText(
  rating: BatchRating,
  options: { synthetic: boolean; lang: 'zh' | 'en' },
): string {
  const { lang } = options;
  const zh = lang === 'zh';
  const places = rating.settings.displayPlaces;
  const lines: string[] = [];
  if (options.synthetic) lines.push(`【${SYNTHETIC_NOTICE[lang]}】`, '');
  lines.push(
    `${zh ? '温州市总部企业星级评定' : 'Wenzhou HQ-enterprise star rating'} · ${rating.parameters.source} · ${zh ? '批次年度' : 'batch year'} ${rating.year}`,
    '',
    zh ? '名次  星级    总分   企业名称（县市区）' : 'Rank  Stars   Total  Enterprise (county)',
  );
  for (const result of rating.results) {
    const flag = result.boundaryTie ? (zh ? '  ⚑ 跨星级并列' : '  ⚑ boundary tie') : '';
    lines.push(
      `${String(result.rank).padStart(4)}  ${'★'.repeat(result.stars).padEnd(5, '☆')} ${result.total.toDecimal(places).padStart(7)}  ${result.enterprise.name}（${result.enterprise.county}）${flag}`,
    );
  }
  if (rating.unscored.length > 0) {
    lines.push('', zh ? '未计分（D5）：' : 'Not scored (D5):');
    for (const entry of rating.unscored)
      lines.push(`  ${unscoredRecord(entry, lang).name}：${unscoredRecord(entry, lang).reason}`);
  }
  if (rating.warnings.length > 0) {
    lines.push('', zh ? '提示：' : 'Warnings:');
    for (const warning of rating.warnings)
      lines.push(`  [${warning.citation.rule}] ${warning.message[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}
