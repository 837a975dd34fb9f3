import { isJurisdiction } from '../../engine/china/jurisdictions.ts';
import { parseDecimal } from '../../engine/exact/decimal.ts';
import { Exact } from '../../engine/exact/exact.ts';
import { formatExact } from '../../engine/exact/format.ts';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import type { Localized } from '../../engine/localized.ts';
import { zeroTotalIssues, type FactorFigures } from './base.ts';
import { FACTOR_LABELS, SCORE_LABELS } from './labels.ts';
import {
  COVERED_YEARS,
  FACTOR_KEYS,
  fundParameters,
  latestFundParameters,
  RECEIVERS,
  type FactorKey,
  type FundParameters,
  type Receiver,
} from './parameters.ts';
import type { AssessmentFigures } from './score.ts';

/** A note containing this marks the figures as synthetic: every output must say so. */
export const SYNTHETIC_MARK = '演示数据';

/** The reported assessment fields of the interchange file (W7), in the order of 第十一条. */
export const ASSESSMENT_FIELDS = [
  'water_quality',
  'green_rate',
  'management',
  'performance',
] as const;
type AssessmentField = (typeof ASSESSMENT_FIELDS)[number];

/** One year's figures, read and checked: what the allocation needs. */
export interface WaterInput {
  year: number;
  factors: Record<Receiver, FactorFigures>;
  assessment: Record<Receiver, AssessmentFigures>;
  note: string | null;
  /** True when the note contains 演示数据. */
  synthetic: boolean;
}

const TOP_FIELDS = ['year', 'factors', 'assessment', 'note'];

/**
 * Reads the interchange file of water-source-compensation.md: `{"year", "factors", "assessment"}`
 * with every figure a decimal string. Every problem is collected, each with its field path
 * (`factors.瑞安市.population`), and thrown together as one InputError; nothing is returned from
 * a bad file. A factor whose total is zero is reported here as well (WD3), with the other issues.
 * @example readWaterInput(readFileSync('2024.json', 'utf8')).year // 2024
 */
export function readWaterInput(text: string): WaterInput {
  let raw: unknown;
  try {
    // A leading byte order mark is what some Windows editors write; it is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError([
      {
        code: 'not_json',
        message: {
          zh: `文件不是有效的 JSON：${detail}`,
          en: `the file is not valid JSON: ${detail}`,
        },
      },
    ]);
  }
  return parseWaterInput(raw);
}

/**
 * The same checks on a value already parsed from JSON (a request body, say).
 * @example parseWaterInput({ year: 2024, factors: {…}, assessment: {…} }).factors.瑞安市.population.toDecimal(0)
 */
export function parseWaterInput(raw: unknown): WaterInput {
  const issues: InputIssue[] = [];
  const at = (column: string | undefined, code: string, message: Localized) =>
    issues.push({ ...(column === undefined ? {} : { column }), code, message });

  if (!isObject(raw)) {
    at(undefined, 'not_an_object', {
      zh: '文件内容应为一个 JSON 对象：{"year": …, "factors": {…}, "assessment": {…}}',
      en: 'the file must hold one JSON object: {"year": …, "factors": {…}, "assessment": {…}}',
    });
    throw new InputError(issues);
  }
  unknownFields(raw, TOP_FIELDS, '', at);

  const year = readYear(raw, at);
  const parameters = (year === null ? null : fundParameters(year)) ?? latestFundParameters();
  const note = readNote(raw, at);
  const factors = readSection(raw, 'factors', at, (entry, path) => readFactors(entry, path, at));
  const assessment = readSection(raw, 'assessment', at, (entry, path) =>
    readAssessment(entry, path, parameters, at),
  );

  if (issues.length === 0 && factors) issues.push(...zeroTotalIssues(factors, parameters));
  if (issues.length > 0 || year === null || !factors || !assessment) throw new InputError(issues);
  return {
    year,
    factors,
    assessment,
    note,
    synthetic: note !== null && note.includes(SYNTHETIC_MARK),
  };
}

type At = (column: string | undefined, code: string, message: Localized) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFields(
  object: Record<string, unknown>,
  known: readonly string[],
  path: string,
  at: At,
) {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    at(`${path}${key}`, 'unknown_field', {
      zh: `未知字段“${key}”：此处只能有 ${known.join('、')}`,
      en: `unknown field "${key}": only ${known.join(', ')} may appear here`,
    });
  }
}

function coveredText(): Localized {
  const spans = COVERED_YEARS.map((span) => `${span.from}–${span.to}`);
  return { zh: spans.join('、'), en: spans.join(', ') };
}

function readYear(raw: Record<string, unknown>, at: At): number | null {
  const value = raw.year;
  if (value === undefined) {
    at('year', 'missing_year', {
      zh: `缺少资金年度 year，如 "year": 2024（28号 适用于 ${coveredText().zh} 年）`,
      en: `the fund year is missing: add "year": 2024 (28号 covers ${coveredText().en})`,
    });
    return null;
  }
  const text = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  if (!/^\d{4}$/.test(text)) {
    at('year', 'not_a_year', {
      zh: `“${JSON.stringify(value)}”不是年份：应为四位数字，如 2024`,
      en: `${JSON.stringify(value)} is not a year: expected four digits such as 2024`,
    });
    return null;
  }
  const year = Number(text);
  if (!fundParameters(year)) {
    at('year', 'year_not_covered', {
      zh: `28号 只规定了 ${coveredText().zh} 年的资金安排，无法计算 ${year} 年`,
      en: `28号 sets the fund for ${coveredText().en} only; it cannot allocate ${year}`,
    });
    return null;
  }
  return year;
}

function readNote(raw: Record<string, unknown>, at: At): string | null {
  if (raw.note === undefined) return null;
  if (typeof raw.note === 'string') return raw.note;
  at('note', 'not_text', { zh: 'note 应为文字说明', en: 'note must be a text' });
  return null;
}

/**
 * Reads `factors` or `assessment`: one entry per receiver (W1), no other county.
 * Returns null when anything in the section is wrong (the issues are recorded).
 */
function readSection<T>(
  raw: Record<string, unknown>,
  section: 'factors' | 'assessment',
  at: At,
  readEntry: (entry: unknown, path: string) => T | null,
): Record<Receiver, T> | null {
  const value = raw[section];
  const what: Localized =
    section === 'factors'
      ? { zh: '各受偿地区的基础因素数据（W5）', en: "each receiver's base factors (W5)" }
      : { zh: '各受偿地区的考核得分（W7）', en: "each receiver's assessment scores (W7)" };
  if (value === undefined) {
    at(section, 'missing_field', {
      zh: `缺少 ${section}：应填写${what.zh}`,
      en: `${section} is missing: it holds ${what.en}`,
    });
    return null;
  }
  if (!isObject(value)) {
    at(section, 'not_an_object', {
      zh: `${section} 应为以受偿地区名称为键的对象，如 {"瑞安市": {…}, …}`,
      en: `${section} must be an object keyed by receiver, such as {"瑞安市": {…}, …}`,
    });
    return null;
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if ((RECEIVERS as readonly string[]).includes(key)) continue;
    ok = false;
    at(`${section}.${key}`, 'unknown_county', notAReceiver(key));
  }
  const result = {} as Record<Receiver, T>;
  for (const county of RECEIVERS) {
    const path = `${section}.${county}`;
    if (value[county] === undefined) {
      ok = false;
      at(path, 'missing_receiver', {
        zh: `缺少受偿地区“${county}”：${section} 须包含全部四个受偿地区 ${RECEIVERS.join('、')}（W1，28号 第四条）`,
        en: `receiver ${county} is missing: ${section} must list all four receivers ${RECEIVERS.join(', ')} (W1, 28号 第四条)`,
      });
      continue;
    }
    const entry = readEntry(value[county], path);
    if (entry === null) ok = false;
    else result[county] = entry;
  }
  return ok ? result : null;
}

function notAReceiver(key: string): Localized {
  const list = RECEIVERS.join('、');
  if (isJurisdiction(key)) {
    return {
      zh: `“${key}”不是饮用水水源地受偿地区：受偿地区只有 ${list}（W1，28号 第四条）`,
      en: `${key} is not a receiving jurisdiction: the receivers are ${RECEIVERS.join(', ')} only (W1, 28号 第四条)`,
    };
  }
  const guess = RECEIVERS.filter((county) => key.length >= 2 && county.startsWith(key));
  const didYouMean =
    guess.length === 1
      ? { zh: `是否应为“${guess[0]}”？`, en: ` Did you mean ${guess[0]}?` }
      : { zh: '', en: '' };
  return {
    zh: `“${key}”不是受偿地区名称。${didYouMean.zh}应为以下之一：${list}（W1，28号 第四条）`,
    en: `"${key}" is not a receiving jurisdiction.${didYouMean.en} Use one of ${RECEIVERS.join(', ')} (W1, 28号 第四条)`,
  };
}

/** Reads one figure: a decimal string, exactly. Null (with an issue) when it is not one. */
function figure(
  entry: Record<string, unknown>,
  key: string,
  path: string,
  label: Localized,
  at: At,
): Exact | null {
  const value = entry[key];
  const place = `${path}.${key}`;
  if (value === undefined || value === null || value === '') {
    at(place, 'missing_value', {
      zh: `缺少“${label.zh}”（${key}）`,
      en: `"${label.en}" (${key}) is missing`,
    });
    return null;
  }
  if (typeof value === 'number') {
    // A JSON number is read by a binary floating-point parser; only the written digits are exact.
    at(place, 'number_not_string', {
      zh: `“${label.zh}”应写成带引号的数字字符串，如 "${value}"，以保证按所写数字精确计算`,
      en: `"${label.en}" must be a quoted decimal string such as "${value}", so the written digits are used exactly`,
    });
    return null;
  }
  const parsed = typeof value === 'string' ? parseDecimal(value.trim()) : null;
  if (!parsed) {
    at(place, 'not_a_number', {
      zh: `${JSON.stringify(value)} 不是数字：“${label.zh}”应为数字字符串，如 "12.5"（不含千分位逗号和单位）`,
      en: `${JSON.stringify(value)} is not a number: "${label.en}" must be a decimal string such as "12.5" (no thousands separators, no unit)`,
    });
    return null;
  }
  return parsed;
}

function readFactors(entry: unknown, path: string, at: At): FactorFigures | null {
  if (!isObject(entry)) {
    at(path, 'not_an_object', {
      zh: `${path} 应为对象，包含 ${FACTOR_KEYS.join('、')}`,
      en: `${path} must be an object with ${FACTOR_KEYS.join(', ')}`,
    });
    return null;
  }
  unknownFields(entry, FACTOR_KEYS, `${path}.`, at);
  const result = {} as FactorFigures;
  let ok = true;
  for (const key of FACTOR_KEYS) {
    const value = figure(entry, key, path, FACTOR_LABELS[key], at);
    if (!value) {
      ok = false;
      continue;
    }
    if (!checkFactor(value, key, `${path}.${key}`, at)) ok = false;
    else result[key] = value;
  }
  return ok ? result : null;
}

function checkFactor(value: Exact, key: FactorKey, place: string, at: At): boolean {
  const label = FACTOR_LABELS[key];
  if (value.isNegative()) {
    at(place, 'negative_value', {
      zh: `“${label.zh}”不能为负数，收到 ${formatExact(value, 6)}`,
      en: `"${label.en}" cannot be negative, got ${formatExact(value, 6)}`,
    });
    return false;
  }
  if (key === 'population' && value.reduced().den !== 1n) {
    at(place, 'not_a_whole_number', {
      zh: `“${label.zh}”应为整数人数，收到 ${formatExact(value, 6)}`,
      en: `"${label.en}" must be a whole number of persons, got ${formatExact(value, 6)}`,
    });
    return false;
  }
  return true;
}

function readAssessment(
  entry: unknown,
  path: string,
  parameters: FundParameters,
  at: At,
): AssessmentFigures | null {
  if (!isObject(entry)) {
    at(path, 'not_an_object', {
      zh: `${path} 应为对象，包含 ${ASSESSMENT_FIELDS.join('、')}`,
      en: `${path} must be an object with ${ASSESSMENT_FIELDS.join(', ')}`,
    });
    return null;
  }
  unknownFields(entry, ASSESSMENT_FIELDS, `${path}.`, at);
  const result = {} as AssessmentFigures;
  let ok = true;
  for (const key of ASSESSMENT_FIELDS) {
    const label = fieldLabel(key);
    const value = figure(entry, key, path, label, at);
    if (!value || !checkScore(value, key, `${path}.${key}`, parameters, at)) ok = false;
    else result[key] = value;
  }
  return ok ? result : null;
}

function fieldLabel(key: AssessmentField): Localized {
  if (key !== 'green_rate') return SCORE_LABELS[key];
  return { zh: '绿色发展模块得分率', en: 'Green-development module score rate' };
}

/** W7: each item between 0 and its maximum; the green rate between 0 and 1. */
function checkScore(
  value: Exact,
  key: AssessmentField,
  place: string,
  parameters: FundParameters,
  at: At,
): boolean {
  const label = fieldLabel(key);
  const shown = formatExact(value, 6);
  if (key === 'green_rate') {
    if (value.isNegative() || value.compare(Exact.ONE) > 0) {
      at(place, 'rate_out_of_range', {
        zh: `“${label.zh}”应为 0 至 1 之间的小数（如 0.912 表示 91.2%），收到 ${shown}（W7，28号 第十一条）`,
        en: `"${label.en}" must be a fraction from 0 to 1 (0.912 for 91.2 %), got ${shown} (W7, 28号 第十一条)`,
      });
      return false;
    }
    return true;
  }
  const max = parameters.assessment.items.find((item) => item.key === key)!.max;
  if (value.isNegative()) {
    at(place, 'below_zero', {
      zh: `“${label.zh}”得分不能低于 0，收到 ${shown}`,
      en: `"${label.en}" cannot be below 0, got ${shown}`,
    });
    return false;
  }
  if (value.compare(max) > 0) {
    at(place, 'above_maximum', {
      zh: `“${label.zh}”满分为 ${max.toFraction()} 分，收到 ${shown}（W7，28号 第十一条）`,
      en: `"${label.en}" is out of ${max.toFraction()} points, got ${shown} (W7, 28号 第十一条)`,
    });
    return false;
  }
  return true;
}
