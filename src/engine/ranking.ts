import type { Exact } from './exact/exact.ts';

/**
 * A ranking of values, highest first, by position in the order: `order[k]` is the index of the
 * value in place k (0-based), `rank[k]` its competition rank (1, 2, 2, 4: equal values share the
 * best rank of their group, 88号 D1), `tiedWith[k]` how many share that rank, itself included.
 * Typed arrays, so ranking a million values allocates three buffers and no objects.
 */
export interface Ranking {
  order: Uint32Array;
  rank: Uint32Array;
  tiedWith: Uint32Array;
}

/**
 * Orders values highest first and gives competition ranks. Equal values keep their input order.
 *
 * Every decision is exact. A double approximation of each value only puts the list in rough order
 * first; wherever two neighbours' approximations are close enough that rounding could have swapped
 * them, that stretch is re-ordered by exact comparison, so the result is the same as an exact sort.
 * @example rankDescending([Exact.of(1n), Exact.of(3n), Exact.of(3n)]).rank // [1, 1, 3]
 */
export function rankDescending(values: readonly Exact[]): Ranking {
  const count = values.length;
  const hints = new Float64Array(count);
  for (let i = 0; i < count; i++) hints[i] = values[i]!.approximate();
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => hints[b]! - hints[a]! || a - b);
  settleCloseNeighbours(order, values, hints);

  const rank = new Uint32Array(count);
  const tiedWith = new Uint32Array(count);
  let groupStart = 0;
  for (let i = 1; i <= count; i++) {
    // Neighbours whose approximations are far apart cannot be equal; only close ones are compared.
    if (i < count && isClose(hints[order[i - 1]!]!, hints[order[i]!]!)) {
      if (values[order[i]!]!.equals(values[order[i - 1]!]!)) continue;
    }
    rank.fill(groupStart + 1, groupStart, i);
    tiedWith.fill(i - groupStart, groupStart, i);
    groupStart = i;
  }
  return { order, rank, tiedWith };
}

/** Relative gap below which two double approximations cannot be trusted to order their values. */
const CLOSE = 1e-12;

function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= CLOSE * Math.max(Math.abs(a), Math.abs(b));
}

function settleCloseNeighbours(order: Uint32Array, values: readonly Exact[], hints: Float64Array) {
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && isClose(hints[order[i - 1]!]!, hints[order[i]!]!)) continue;
    if (i - start > 1) {
      const stretch = order.subarray(start, i);
      stretch.sort((a, b) => values[b]!.compare(values[a]!) || a - b);
    }
    start = i;
  }
}
