/**
 * The bare float64 baseline: parse the same CSV with the same reader, compute the 88号 scores in
 * binary floating point, sort. No validation, no exactness, no output. It only sets the pace.
 */
import { readFileSync } from 'node:fs';
import { forEachCsvRecord } from '../../src/engine/table/read-csv.ts';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: baseline FILE');

const revenue: number[] = [];
const contribution: number[] = [];
const rd: number[] = [];
const rate: number[] = [];
const bonus: number[] = [];
const POINTS: Record<string, number> = {
  world: 5,
  china: 3,
  private: 2,
  manufacturing: 1,
  service: 1,
};

forEachCsvRecord(readFileSync(file), {}, ({ cells }) => {
  revenue.push(Number(cells.revenue_2y));
  contribution.push(Number(cells.contribution_2y));
  rd.push(Number(cells.rd_2y));
  rate.push(Number(cells.pension_payers) / Number(cells.tax_filers));
  let top = 0;
  for (const list of (cells.top500 ?? '').split(';')) top = Math.max(top, POINTS[list] ?? 0);
  bonus.push(top + Number(cells.listings_3y));
});

const scoreOf = (values: number[], weight: number) => {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return values.map((v) => ((v - min) / (max - min)) * weight);
};
const a = scoreOf(revenue, 30);
const b = scoreOf(contribution, 50);
const c = scoreOf(rd, 10);
const d = scoreOf(rate, 10);
const totals = a.map((value, i) => value + b[i]! + c[i]! + d[i]! + bonus[i]!);
const order = Uint32Array.from(totals.keys()).sort((x, y) => totals[y]! - totals[x]!);
process.stdout.write(`${JSON.stringify({ rated: order.length, top: totals[order[0]!] })}\n`);
