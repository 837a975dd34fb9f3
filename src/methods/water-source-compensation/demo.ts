import { SeededRandom } from '../../engine/demo/seeded-random.ts';
import { ASSESSMENT_FIELDS, SYNTHETIC_MARK } from './input.ts';
import { FACTOR_KEYS, RECEIVERS, type Receiver } from './parameters.ts';

/** The note of every demo file: every output made from it carries the synthetic notice. */
export const DEMO_NOTE = `${SYNTHETIC_MARK}：各地区的因素数据和考核得分均为虚构，仅用于演示，不代表真实情况`;

/** The interchange document of one year, as written to a file (every figure a decimal string). */
export interface WaterYearDocument {
  note: string;
  year: number;
  factors: Record<Receiver, Record<string, string>>;
  assessment: Record<Receiver, Record<string, string>>;
}

/**
 * A synthetic year file (演示数据) in the interchange format of water-source-compensation.md:
 * invented factor figures of plausible size for the four receivers and invented assessment scores,
 * deterministic for a seed. Figures are built from whole numbers, never through a double.
 * @example demoYear({ year: 2024, seed: 2025 }).factors.瑞安市.population // e.g. '81234'
 */
export function demoYear(options: { year?: number; seed?: number } = {}): WaterYearDocument {
  const random = new SeededRandom(options.seed ?? 2025);
  const factors = {} as WaterYearDocument['factors'];
  const assessment = {} as WaterYearDocument['assessment'];
  for (const county of RECEIVERS) {
    // Areas in hundredths of km², population in persons.
    const values: Record<(typeof FACTOR_KEYS)[number], string> = {
      primary_zone_area: hundredths(random.between(500, 6_000)),
      catchment_area: hundredths(random.between(10_000, 150_000)),
      population: String(random.between(10_000, 200_000)),
      water_area: hundredths(random.between(200, 4_000)),
    };
    factors[county] = values;
    const scores: Record<(typeof ASSESSMENT_FIELDS)[number], string> = {
      water_quality: tenths(random.between(400, 500)),
      green_rate: thousandths(random.between(700, 990)),
      management: halves(random.between(20, 30)),
      performance: halves(random.between(6, 10)),
    };
    assessment[county] = scores;
  }
  return { note: DEMO_NOTE, year: options.year ?? 2024, factors, assessment };
}

/**
 * The demo document as the text of a JSON file.
 * @example demoYearJson({ seed: 1 }).startsWith('{') // true
 */
export function demoYearJson(options: { year?: number; seed?: number } = {}): string {
  return `${JSON.stringify(demoYear(options), null, 2)}\n`;
}

function hundredths(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

function tenths(value: number): string {
  return `${Math.floor(value / 10)}.${value % 10}`;
}

function thousandths(value: number): string {
  return `${Math.floor(value / 1000)}.${String(value % 1000).padStart(3, '0')}`;
}

function halves(value: number): string {
  return value % 2 === 0 ? String(value / 2) : `${(value - 1) / 2}.5`;
}
