// Properties of the allocation over many random year files: the parts add up to the fen (WD1),
// each rounded amount is within one fen of its exact amount and follows the largest remainder,
// rewards are the group amounts (W6, WD2), and the result does not depend on units or key order.
// The fixed random files checked against the Python reference are cases/random-*.yaml (run by
// cases.test.ts); this file checks that they are there.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../engine/demo/seeded-random.ts';
import { Exact } from '../../engine/exact/exact.ts';
import { allocateFund, type FundAllocation } from './allocate.ts';
import { readWaterInput } from './input.ts';
import { FACTOR_KEYS, RECEIVERS } from './parameters.ts';

const FEN = Exact.of(1n, 100n);

function decimal(random: SeededRandom, max: number, places: number): string {
  const scale = 10 ** places;
  const value = random.between(0, max * scale);
  if (places === 0) return String(value);
  return `${Math.floor(value / scale)}.${String(value % scale).padStart(places, '0')}`;
}

/** A random year file; small score ranges make ties (WD2) and zero figures common. */
function randomDocument(random: SeededRandom) {
  const factors: Record<string, Record<string, string>> = {};
  const assessment: Record<string, Record<string, string>> = {};
  for (const county of RECEIVERS) {
    factors[county] = {
      primary_zone_area: decimal(random, 60, random.between(0, 3)),
      catchment_area: decimal(random, 1500, random.between(0, 2)),
      population: decimal(random, 200_000, 0),
      water_area: decimal(random, 40, random.between(0, 4)),
    };
    // One in ten figures is zero: a receiver without a primary zone, say.
    for (const key of FACTOR_KEYS) if (random.chance(100)) factors[county]![key] = '0';
    assessment[county] = {
      water_quality: decimal(random, 50, random.between(0, 1)),
      green_rate: random.chance(300) ? '0.9' : `0.${random.between(0, 999)}`,
      management: random.chance(300) ? '14' : decimal(random, 15, 1),
      performance: random.chance(300) ? '4' : decimal(random, 5, 1),
    };
  }
  // A factor that came out zero everywhere would stop the run (WD3): give it one figure.
  for (const key of FACTOR_KEYS) {
    if (RECEIVERS.every((county) => /^0(\.0*)?$/.test(factors[county]![key]!)))
      factors[RECEIVERS[0]]![key] = '1';
  }
  return { year: 2023 + random.between(0, 2), factors, assessment };
}

const sum = (values: Exact[]) => values.reduce((a, b) => a.plus(b), Exact.ZERO);

function checkInvariants(allocation: FundAllocation) {
  const { allocations, parameters } = allocation;
  expect(sum(allocations.map((a) => a.base.rounded.amount)).equals(parameters.base.amount)).toBe(
    true,
  );
  expect(
    sum(allocations.map((a) => a.reward.rounded.amount)).equals(parameters.reward.amount),
  ).toBe(true);
  expect(sum(allocations.map((a) => a.base.exact)).equals(parameters.base.amount)).toBe(true);
  for (const a of allocations) {
    for (const part of [a.base.rounded, a.reward.rounded]) {
      // A whole number of fen, within one fen of the exact amount.
      expect(part.amount.times(Exact.of(100n)).reduced().den).toBe(1n);
      expect(part.amount.minus(part.exact).compare(FEN)).toBe(-1);
      expect(part.exact.minus(part.amount).compare(FEN)).toBe(-1);
    }
    expect(a.total.equals(a.base.rounded.amount.plus(a.reward.rounded.amount))).toBe(true);
  }
  // Largest remainder: whoever took an extra fen had a remainder at least as large as anyone who did not.
  for (const rounding of [allocation.baseRounding, allocation.rewardRounding]) {
    for (const took of rounding.parts.filter((part) => part.extraUnit))
      for (const not of rounding.parts.filter((part) => !part.extraUnit))
        expect(took.remainder.compare(not.remainder)).not.toBe(-1);
  }
  // W6, WD2: each group pays out exactly its place amounts.
  for (const group of parameters.reward.groups) {
    const paid = sum(
      allocations.filter((a) => group.members.includes(a.county)).map((a) => a.reward.exact),
    );
    expect(paid.equals(sum(group.amounts))).toBe(true);
  }
}

describe('water-source-compensation properties', () => {
  it('sums exactly to 140,000,000.00 and 30,000,000.00 for 500 random year files (WD1)', () => {
    const random = new SeededRandom(28);
    for (let round = 0; round < 500; round++) {
      const document = randomDocument(random);
      checkInvariants(allocateFund(readWaterInput(JSON.stringify(document))));
    }
  });

  it('does not depend on the unit of a factor or on the order of the keys in the file', () => {
    const random = new SeededRandom(2023);
    for (let round = 0; round < 50; round++) {
      const document = randomDocument(random);
      const original = allocateFund(readWaterInput(JSON.stringify(document)));
      // Areas in hectares instead of km² (× 100): the shares, hence the amounts, are the same.
      const scaled = structuredClone(document);
      for (const county of RECEIVERS) {
        const figures = scaled.factors[county]!;
        figures.catchment_area = Exact.of(100n)
          .times(readWaterInput(JSON.stringify(document)).factors[county].catchment_area)
          .toDecimal(6);
      }
      const reversed = {
        assessment: Object.fromEntries(Object.entries(document.assessment).reverse()),
        factors: Object.fromEntries(Object.entries(document.factors).reverse()),
        year: document.year,
      };
      const amounts = (allocation: FundAllocation) =>
        allocation.allocations.map((a) => [
          a.base.rounded.amount.toDecimal(2),
          a.reward.rounded.amount.toDecimal(2),
        ]);
      expect(amounts(allocateFund(readWaterInput(JSON.stringify(scaled))))).toEqual(
        amounts(original),
      );
      expect(amounts(allocateFund(readWaterInput(JSON.stringify(reversed))))).toEqual(
        amounts(original),
      );
    }
  });

  it('has fixed random files checked against the Python reference', () => {
    const files = readdirSync(new URL('./cases/', import.meta.url)).filter((file) =>
      /^random-\d+\.yaml$/.test(file),
    );
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
});
