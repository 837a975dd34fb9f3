import { parseDecimal } from '../../engine/exact/decimal.ts';
import type { Localized } from '../../engine/localized.ts';
import type { FieldSpec } from './fields.ts';

/**
 * Checks one reported figure against its field (W5, W7): a plain non-negative decimal, a whole
 * number for population, at most the item's maximum (water quality 50, management 15,
 * performance 5, the green rate 1). Returns the figure as stored (normalized text) or what was
 * expected.
 * @example checkFigure(fieldSpec('water_quality'), '51') // { problem: { zh: '应不大于 50 …' } }
 */
export function checkFigure(
  spec: FieldSpec,
  raw: string,
): { value: string; problem?: undefined } | { problem: { code: string; message: Localized } } {
  const text = raw.trim();
  const label = spec.label;
  const value = /^\+?\d+(\.\d+)?$/.test(text) ? parseDecimal(text.replace(/^\+/, '')) : null;
  if (text === '' || value === null) {
    return {
      problem: {
        code: 'not_a_number',
        message: {
          zh: `“${raw}”不是数字：${label.zh}应为不小于 0 的数字（单位：${spec.unit.zh}），如 ${example(spec)}`,
          en: `"${raw}" is not a number: ${label.en} must be a number of at least 0 (${spec.unit.en}), e.g. ${example(spec)}`,
        },
      },
    };
  }
  if (spec.whole && !/^\+?\d+$/.test(text)) {
    return {
      problem: {
        code: 'not_whole',
        message: {
          zh: `${label.zh}应为整数（人），不是 ${text}`,
          en: `${label.en} must be a whole number of persons, not ${text}`,
        },
      },
    };
  }
  if (spec.max !== undefined && value.compare(parseDecimal(spec.max)!) > 0) {
    return {
      problem: {
        code: 'above_max',
        message: {
          zh: `应不大于 ${spec.max}（${label.zh}，${spec.rule}，${spec.article}），不是 ${text}`,
          en: `must be at most ${spec.max} (${label.en}, ${spec.rule}, ${spec.article}), not ${text}`,
        },
      },
    };
  }
  return { value: normalize(text) };
}

function example(spec: FieldSpec): string {
  if (spec.whole) return '81234';
  if (spec.max === '1') return '0.912';
  return spec.max ? '14.5' : '12.5';
}

/** Without a plus sign or leading zeros: `007.50` → `7.50`. */
function normalize(text: string): string {
  const plain = text.replace(/^\+/, '');
  const [whole, fraction] = plain.split('.');
  const digits = whole!.replace(/^0+(?=\d)/, '');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}
