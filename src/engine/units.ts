import { Exact } from './exact/exact.ts';

/** Money units used in the methods' forms and files; amounts are kept in yuan (88号 D8). */
export type MoneyUnit = '元' | '万元' | '亿元';

const YUAN_PER: Record<MoneyUnit, Exact> = {
  元: Exact.of(1n),
  万元: Exact.of(10_000n),
  亿元: Exact.of(100_000_000n),
};

/**
 * An amount given in a unit, in yuan, exactly.
 * @example toYuan(dec('56.78'), '亿元').toDecimal(0) // '5678000000'
 */
export function toYuan(amount: Exact, unit: MoneyUnit): Exact {
  return amount.times(YUAN_PER[unit]);
}

/**
 * An amount in yuan, in another unit, exactly.
 * @example fromYuan(Exact.of(5678000000n), '亿元').toDecimal(2) // '56.78'
 */
export function fromYuan(yuan: Exact, unit: MoneyUnit): Exact {
  return yuan.dividedBy(YUAN_PER[unit]);
}

/** Whether a unit is a money unit (the participation rate is in %). */
export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return unit in YUAN_PER;
}
