import { Exact } from './exact/exact.ts';

/** One part to apportion: its key and its exact amount (in the same unit as the total). */
export interface ApportionPart<K extends string> {
  key: K;
  exact: Exact;
}

/** How one part was rounded: floor to the unit, its remainder, and whether it took an extra unit. */
export interface ApportionedPart<K extends string> {
  key: K;
  /** The exact amount asked for. */
  exact: Exact;
  /** The largest multiple of the unit not above `exact`. */
  floor: Exact;
  /** `exact − floor`, at least 0 and below one unit. */
  remainder: Exact;
  /** 1-based place in the remainder order (largest first, ties by the tie order). */
  remainderPlace: number;
  /** True when this part took one of the units left over after flooring. */
  extraUnit: boolean;
  /** The rounded amount: `floor`, plus one unit when `extraUnit`. */
  amount: Exact;
}

/** The result of a largest-remainder apportionment, parts in the order they were given. */
export interface Apportionment<K extends string> {
  parts: ApportionedPart<K>[];
  total: Exact;
  unit: Exact;
  /** How many units were left after flooring every part, handed out by largest remainder. */
  unitsLeft: number;
  /**
   * Keys whose remainders are equal and straddle the cut (some of them took an extra unit, some
   * not): the tie order decided between them. Empty when the remainders alone decided.
   */
  decidedByTieOrder: K[];
}

/**
 * Rounds exact amounts to a unit (for money, the fen: `Exact.of(1n, 100n)`) by the largest-remainder
 * method, so the rounded parts add up to `total` exactly: every part is floored to the unit, then
 * the units left over go one each to the parts with the largest remainders. Equal remainders are
 * served in `tieOrder` (keys not listed there come after, in the order given).
 *
 * Plain half-up rounding of each part can gain or lose a unit in the sum; this cannot.
 * @throws RangeError when the parts do not add up exactly to `total`, when `total` is not a whole
 * number of units, or when the unit is not positive: apportioning those would create or destroy money.
 * @example
 * const third = Exact.of(100n, 3n);
 * apportion([{ key: 'a', exact: third }, { key: 'b', exact: third }, { key: 'c', exact: third }],
 *   Exact.of(100n), Exact.of(1n, 100n), ['c', 'b', 'a']).parts.map((p) => p.amount.toDecimal(2))
 * // ['33.33', '33.33', '33.34']
 */
export function apportion<K extends string>(
  parts: readonly ApportionPart<K>[],
  total: Exact,
  unit: Exact,
  tieOrder: readonly K[] = [],
): Apportionment<K> {
  if (unit.compare(Exact.ZERO) <= 0) throw new RangeError('the unit must be positive');
  const sum = parts.reduce((acc, part) => acc.plus(part.exact), Exact.ZERO);
  if (!sum.equals(total)) {
    throw new RangeError(
      `the parts add up to ${sum.toFraction()}, not to the total ${total.toFraction()}`,
    );
  }
  const totalUnits = wholeUnits(total, unit);
  if (totalUnits === null) {
    throw new RangeError(`the total ${total.toFraction()} is not a whole number of units`);
  }

  const floors = parts.map((part) => floorUnits(part.exact, unit));
  const remainders = parts.map((part, index) =>
    part.exact.minus(unit.times(Exact.of(floors[index]!))),
  );
  const unitsLeft = Number(totalUnits - floors.reduce((acc, units) => acc + units, 0n));

  // Tie order: listed keys first, in their list order, then the rest in the order given.
  const tieRank = (index: number) => {
    const listed = tieOrder.indexOf(parts[index]!.key);
    return listed >= 0 ? listed : tieOrder.length + index;
  };
  const order = parts.map((_, index) => index);
  order.sort((a, b) => remainders[b]!.compare(remainders[a]!) || tieRank(a) - tieRank(b));
  const extra = new Set(order.slice(0, unitsLeft));

  // The tie order decided something only where equal remainders fall on both sides of the cut.
  const decidedByTieOrder: K[] = [];
  if (unitsLeft > 0 && unitsLeft < order.length) {
    const atCut = remainders[order[unitsLeft - 1]!]!;
    if (remainders[order[unitsLeft]!]!.equals(atCut)) {
      for (const index of order)
        if (remainders[index]!.equals(atCut)) decidedByTieOrder.push(parts[index]!.key);
    }
  }

  const placeOf = new Map(order.map((index, place) => [index, place + 1]));
  return {
    parts: parts.map((part, index) => {
      const floor = unit.times(Exact.of(floors[index]!));
      const extraUnit = extra.has(index);
      return {
        key: part.key,
        exact: part.exact,
        floor,
        remainder: remainders[index]!,
        remainderPlace: placeOf.get(index)!,
        extraUnit,
        amount: extraUnit ? floor.plus(unit) : floor,
      };
    }),
    total,
    unit,
    unitsLeft,
    decidedByTieOrder,
  };
}

/** The largest whole number of units not above the value. */
function floorUnits(value: Exact, unit: Exact): bigint {
  const ratio = value.dividedBy(unit);
  let q = ratio.num / ratio.den;
  if (ratio.num % ratio.den !== 0n && ratio.num < 0n) q -= 1n;
  return q;
}

/** The value as a whole number of units, or null when it is not one. */
function wholeUnits(value: Exact, unit: Exact): bigint | null {
  const ratio = value.dividedBy(unit);
  return ratio.num % ratio.den === 0n ? ratio.num / ratio.den : null;
}
