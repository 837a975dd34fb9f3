import { describe, expect, it } from 'vitest';
import { ratingParameters } from './parameters.ts';
import { starsForRank, straddledEdge } from './stars.ts';

const bands = ratingParameters('2026-03-01').stars.bands;

describe('stars by rank (R10)', () => {
  it.each([
    [1, 5],
    [5, 5],
    [6, 4],
    [15, 4],
    [16, 3],
    [30, 3],
    [31, 2],
    [60, 2],
    [61, 1],
    [1000, 1],
  ])('rank %i gets %i stars', (rank, stars) => {
    expect(starsForRank(rank, bands)).toBe(stars);
  });
});

describe('ties across a star edge (D1)', () => {
  it('finds the edge a tie group straddles', () => {
    expect(straddledEdge(5, 2, bands)).toEqual({ lastRank: 5, stars: 5 });
    expect(straddledEdge(4, 3, bands)).toEqual({ lastRank: 5, stars: 5 });
    expect(straddledEdge(60, 2, bands)).toEqual({ lastRank: 60, stars: 2 });
  });

  it('does not flag a tie that ends on an edge or stays inside a band', () => {
    expect(straddledEdge(4, 2, bands)).toBeNull();
    expect(straddledEdge(7, 3, bands)).toBeNull();
    expect(straddledEdge(61, 5, bands)).toBeNull();
  });
});
