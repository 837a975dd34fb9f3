import type { RatingParameters } from './parameters.ts';

type Bands = RatingParameters['stars']['bands'];

/**
 * R10, 88号 附件1 备注5: stars by rank. With D1 ties share a rank, so every enterprise of a tie
 * group gets the stars of the group's (best) rank.
 * @example starsForRank(6, bands) // 4
 */
export function starsForRank(rank: number, bands: Bands): number {
  for (const band of bands)
    if (band.lastRank === undefined || rank <= band.lastRank) return band.stars;
  return bands[bands.length - 1]!.stars;
}

/**
 * D1: the band edge a tie group straddles, if any. A group of `tiedWith` enterprises at `rank`
 * occupies places rank … rank + tiedWith − 1; it straddles an edge when the edge's last rank lies
 * inside that range but not at its end. Example: three tied at rank 4 occupy places 4-6 and
 * straddle the five-star edge at 5, so all three get five stars and the leading group is told.
 * @example straddledEdge(4, 3, bands) // { lastRank: 5, stars: 5 }
 */
export function straddledEdge(
  rank: number,
  tiedWith: number,
  bands: Bands,
): { lastRank: number; stars: number } | null {
  const lastPlace = rank + tiedWith - 1;
  for (const band of bands) {
    if (band.lastRank !== undefined && rank <= band.lastRank && band.lastRank < lastPlace) {
      return { lastRank: band.lastRank, stars: band.stars };
    }
  }
  return null;
}
