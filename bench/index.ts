/**
 * `npm run bench`: rates 1,000,000 synthetic enterprises end to end with pingding (parse, check,
 * score exactly, rank, write JSON) and, in the same run, a bare float64 baseline that only parses,
 * computes and sorts. Prints wall time and peak memory of each and their ratio.
 *
 * BENCH_ROWS overrides the size (e.g. BENCH_ROWS=100000 for a quick look).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticBatch } from './hq-star-rating/generate.ts';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const dir = '.bench';
const input = join(dir, `hq-star-rating-${rows}.csv`);
const output = join(dir, `hq-star-rating-${rows}.json`);
mkdirSync(dir, { recursive: true });

if (!existsSync(input)) {
  process.stderr.write(
    `Writing ${rows.toLocaleString('en')} synthetic rows (演示数据) to ${input}…\n`,
  );
  await writeSyntheticBatch(input, rows, (done) => {
    if (done % 100_000 === 0) process.stderr.write(`  ${done.toLocaleString('en')}\r`);
  });
  process.stderr.write('\n');
}
process.stderr.write(`Input: ${input} (${(statSync(input).size / 2 ** 20).toFixed(0)} MiB)\n`);

interface Run {
  name: string;
  seconds: number;
  peakBytes: number;
}

function measure(name: string, args: string[]): Run {
  const peakFile = join(dir, `${name}.peak`);
  rmSync(peakFile, { force: true });
  process.stderr.write(`Running ${name}…\n`);
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--import', './bench/peak-memory.js', ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_PEAK_FILE: peakFile, PINGDING_PROGRESS: '1' },
      maxBuffer: 1 << 20,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${name} failed with exit code ${child.status}`);
  return { name, seconds, peakBytes: Number(readFileSync(peakFile, 'utf8')) };
}

const baseline = measure('float64 baseline', [
  'bin/run-ts.js',
  'bench/hq-star-rating/baseline.ts',
  input,
]);
const pingding = measure('pingding (exact)', [
  'bin/pingding.js',
  'rate',
  'hq-star-rating',
  '--input',
  input,
  '--output',
  output,
  '--date',
  '2026-03-01',
]);

const result = JSON.parse(readFileSync(output, 'utf8')) as {
  results: unknown[];
  unscored: unknown[];
};
const ratio = pingding.seconds / baseline.seconds;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
console.log('');
console.log(`HQ star rating, ${rows.toLocaleString('en')} enterprises`);
console.log(`  ${'run'.padEnd(20)} ${'wall time'.padStart(10)} ${'peak memory'.padStart(12)}`);
for (const run of [baseline, pingding]) {
  console.log(
    `  ${run.name.padEnd(20)} ${`${run.seconds.toFixed(2)} s`.padStart(10)} ${mib(run.peakBytes).padStart(12)}`,
  );
}
console.log(`  ratio pingding / baseline: ${ratio.toFixed(2)}× (target ≤ 1.50×)`);
console.log(
  `  pingding rated ${result.results.length.toLocaleString('en')}, unscored ${result.unscored.length}`,
);
