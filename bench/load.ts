/**
 * `npm run bench:load`: the HTTP service under load, on PGlite and on PostgreSQL.
 *
 * For each database it starts the real server (`src/server/main.ts`, demo mode) as a child
 * process on a free loopback port, signs in 50 enterprise accounts (created through the admin
 * API), the 13 county offices and the city bureau, then drives it with autocannon on 127.0.0.1
 * for BENCH_SECONDS (10) per scenario with BENCH_CONNECTIONS (16) connections, and prints
 * throughput and p50/p99 latency.
 *
 * The HQ procedure (src/server/routes/hq): the bureau opens a batch through the API and the 50
 * enterprises draft applications in it, spread over the 13 counties. Then half of them submit at
 * once while every county office lists its queue (one burst, each request bounded by a timeout),
 * and an autocannon scenario mixes enterprises reading and updating their drafts with county
 * offices listing their queues.
 *
 * PostgreSQL: DATABASE_URL's server, else postgres://postgres@127.0.0.1:5432/test; a throwaway
 * database is created there and dropped afterwards. BENCH_DATABASES=pglite|postgres runs one.
 * Target on PostgreSQL (2 cores): 1,000 requests/s with p99 under 50 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { syntheticUscc } from '../src/engine/china/uscc.ts';
import { demoAccountList, demoPassword } from '../src/server/demo/accounts.ts';
import { DEMO_MATERIALS, demoForm, demoPdf } from '../src/workflow/hq-rating/demo-forms.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ENTERPRISES = 50;
/** Every request of the submission burst gives up after this long. */
const BURST_TIMEOUT_MS = 30_000;
const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;
// autocannon ships no types; the few options used here are declared above.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Scenario {
  name: string;
  requests: AutocannonRequest[];
}

interface Row {
  database: string;
  scenario: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const rows: Row[] = [];
const wanted = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');

if (wanted.includes('pglite')) {
  const dir = mkdtempSync(join(tmpdir(), 'pingding-load-'));
  try {
    await runOn('pglite', { DATA_DIR: join(dir, 'pglite') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (wanted.includes('postgres')) {
  const name = `pingding_load_${randomBytes(4).toString('hex')}`;
  await onServer(`create database ${name}`);
  try {
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    await runOn('postgres', { DATABASE_URL: url.href });
  } finally {
    await onServer(`drop database if exists ${name} with (force)`);
  }
}

console.log('');
console.log(
  `${'database'.padEnd(10)}${'scenario'.padEnd(34)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'non-2xx'.padStart(9)}${'errors'.padStart(8)}`,
);
for (const row of rows) {
  console.log(
    `${row.database.padEnd(10)}${row.scenario.padEnd(34)}${row.rps.toFixed(0).padStart(9)}${String(row.p50).padStart(9)}${String(row.p99).padStart(9)}${String(row.non2xx).padStart(9)}${String(row.errors).padStart(8)}`,
  );
}
console.log(
  `\n${SECONDS} s per scenario, ${CONNECTIONS} connections, 127.0.0.1; target on PostgreSQL: 1,000 req/s, p99 < 50 ms`,
);

async function runOn(database: string, env: Record<string, string>): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  process.stderr.write(`\n== ${database}: starting the server on ${base}…\n`);
  const server = spawn(process.execPath, ['bin/run-ts.js', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', PINGDING_DEMO: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(base, server);
    const scenarios = await prepare(base);
    for (const burst of scenarios.bursts) {
      process.stderr.write(`   ${burst.name}…\n`);
      rows.push({ database, ...(await burst.run()) });
    }
    for (const scenario of scenarios.cannon) {
      process.stderr.write(`   ${scenario.name}…\n`);
      const result = await autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: scenario.requests,
      });
      rows.push({
        database,
        scenario: scenario.name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    }
  } finally {
    await stop(server);
  }
}

/** A step timed by hand: many requests at once rather than a steady rate. */
interface Burst {
  name: string;
  run(): Promise<Omit<Row, 'database'>>;
}

/** Accounts and sessions to drive the scenarios with. */
async function prepare(base: string): Promise<{ cannon: Scenario[]; bursts: Burst[] }> {
  const admin = await signIn(base, 'admin', demoPassword('admin'));
  const enterprises: string[] = [];
  const usccs: string[] = [];
  for (let i = 0; i < ENTERPRISES; i++) {
    const loginName = `load.enterprise${i}`;
    const password = `Load-Test#${i}x`;
    const response = await fetch(`${base}/api/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({
        loginName,
        displayName: `压测企业 ${i}（演示数据）`,
        role: 'enterprise',
        enterpriseUscc: syntheticUscc(900_000 + i),
        password,
      }),
    });
    if (response.status !== 201) throw new Error(`create ${loginName}: ${await response.text()}`);
    enterprises.push(await signIn(base, loginName, password));
    usccs.push(syntheticUscc(900_000 + i));
  }
  const counties: { name: string; cookie: string }[] = [];
  for (const county of demoAccountList().filter((a) => a.role === 'county_office')) {
    counties.push({
      name: county.jurisdiction!,
      cookie: await signIn(base, county.loginName, county.password),
    });
  }
  const bureau = await signIn(base, 'city.bureau', demoPassword('city.bureau'));
  const hq = await prepareHq(base, bureau, enterprises, usccs, counties);

  const rotating = (cookies: string[], path: string): AutocannonRequest => {
    let next = 0;
    return {
      method: 'GET',
      path,
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, cookie: cookies[next++ % cookies.length]! },
      }),
    };
  };
  const cannon: Scenario[] = [
    { name: 'GET /api/health (public)', requests: [{ method: 'GET', path: '/api/health' }] },
    {
      name: 'GET /api/session (50 enterprises)',
      requests: [rotating(enterprises, '/api/session')],
    },
    {
      name: 'GET /api/accounts?role=… (admin)',
      requests: [
        {
          method: 'GET',
          path: '/api/accounts?role=county_office',
          headers: { cookie: admin },
        },
      ],
    },
    {
      name: 'mixed: enterprises+officials',
      requests: [
        rotating(enterprises, '/api/session'),
        rotating([...counties.map((c) => c.cookie), bureau], '/api/session'),
        { method: 'GET', path: '/api/health' },
      ],
    },
    hq.scenario,
  ];
  return { cannon, bursts: [hq.burst] };
}

/** A request of a scenario, with its own cookie. */
interface Call {
  method: string;
  path: string;
  cookie: string;
  body?: string;
}

/** A request that goes round a list of calls, one per time it is sent. */
function rotatingCalls(calls: Call[]): AutocannonRequest {
  let next = 0;
  return {
    setupRequest: (request) => {
      const call = calls[next++ % calls.length]!;
      return {
        ...request,
        method: call.method,
        path: call.path,
        headers: {
          ...request.headers,
          cookie: call.cookie,
          ...(call.body ? { 'content-type': 'application/json' } : {}),
        },
        body: call.body,
      };
    },
  };
}

/**
 * The HQ procedure under load: a batch open today, every enterprise with a draft (materials
 * uploaded), counties round-robin. Returns the submission burst and the drafting scenario.
 */
async function prepareHq(
  base: string,
  bureau: string,
  enterprises: string[],
  usccs: string[],
  counties: { name: string; cookie: string }[],
): Promise<{ scenario: Scenario; burst: Burst }> {
  const today = chinaDate(0);
  const batch = await api<{ id: string }>(base, bureau, 'POST', '/api/hq/batches', {
    year: Number(today.slice(0, 4)),
    title: `压测批次 ${randomBytes(3).toString('hex')}（演示数据）`,
    announcementText: '负载测试用批次（演示数据）',
    announcementOn: today,
    opensOn: today,
    closesOn: chinaDate(30),
    ratingDate: today,
    synthetic: true,
  });
  await api(base, bureau, 'POST', `/api/hq/batches/${batch.id}/open`);

  const drafts: string[] = [];
  for (const [i, cookie] of enterprises.entries()) {
    const row = {
      uscc: usccs[i]!,
      name: `压测企业 ${i}（演示数据）`,
      county: counties[i % counties.length]!.name,
      revenue_2y: String(20 + i),
      contribution_2y: '1.5',
      rd_2y: '800',
      pension_payers: '300',
      tax_filers: '320',
      top500: '',
      listings_3y: '0',
    };
    const created = await api<{ id: string }>(
      base,
      cookie,
      'POST',
      '/api/hq/applications',
      // demoForm numbers its invented subsidiaries from 900,000 + index, as our applicants are.
      demoForm(batch.id, row, 1_000 + i),
    );
    drafts.push(created.id);
    const form = new FormData();
    for (const kind of DEMO_MATERIALS) {
      form.append('kind', kind);
      form.append('file', new File([demoPdf(kind)], `${kind}.pdf`, { type: 'application/pdf' }));
    }
    const upload = await fetch(`${base}/api/hq/applications/${created.id}/materials`, {
      method: 'POST',
      body: form,
      headers: { cookie, origin: base },
    });
    if (upload.status !== 201) throw new Error(`upload ${i}: ${await upload.text()}`);
  }

  const queue = (county: { cookie: string }): Call => ({
    method: 'GET',
    path: `/api/hq/applications?batch=${batch.id}&state=submitted`,
    cookie: county.cookie,
  });
  // The first half submit in the burst; the second half keep their drafts for the scenario.
  const half = Math.floor(enterprises.length / 2);
  const burst: Burst = {
    name: `hq: ${half} submit at once + 13 queues`,
    run: async () => {
      const calls: Call[] = [
        ...enterprises.slice(0, half).map((cookie, i) => ({
          method: 'POST',
          path: `/api/hq/applications/${drafts[i]}/submit`,
          cookie,
        })),
        ...counties.map(queue),
      ];
      const started = performance.now();
      const results = await Promise.all(calls.map((call) => timed(base, call)));
      const seconds = (performance.now() - started) / 1000;
      const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
      const at = (q: number) => Math.round(latencies[Math.ceil(q * latencies.length) - 1]!);
      return {
        scenario: burst.name,
        rps: calls.length / seconds,
        p50: at(0.5),
        p99: at(0.99),
        non2xx: results.filter((r) => r.status !== 200).length,
        errors: results.filter((r) => r.status === 0).length,
      };
    },
  };

  const drafting: Call[] = [];
  for (let i = half; i < enterprises.length; i++) {
    const path = `/api/hq/applications/${drafts[i]}`;
    const cookie = enterprises[i]!;
    drafting.push({ method: 'GET', path, cookie });
    drafting.push({
      method: 'PATCH',
      path,
      cookie,
      body: JSON.stringify({ contactName: `联系人${i}`, mainBusiness: `演示数据：主营业务 ${i}` }),
    });
  }
  const scenario: Scenario = {
    name: 'hq: drafts + county queues',
    requests: [rotatingCalls(drafting), rotatingCalls(counties.map(queue))],
  };
  return { scenario, burst };
}

/** One request of the burst with its time; status 0 when it failed or timed out. */
async function timed(base: string, call: Call): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${call.path}`, {
      method: call.method,
      // A POST without a body has no content type, so the CSRF check wants the Origin.
      headers: { cookie: call.cookie, origin: base },
      signal: AbortSignal.timeout(BURST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/** A JSON call that must succeed (setting up the scenarios). */
async function api<T = unknown>(
  base: string,
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie,
      origin: base,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The date in China (UTC+8) `days` from now, as YYYY-MM-DD. */
function chinaDate(days: number): string {
  const at = Date.now() + 8 * 3_600_000 + days * 86_400_000;
  return new Date(at).toISOString().slice(0, 10);
}

async function signIn(base: string, loginName: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName, password }),
  });
  if (response.status !== 200) throw new Error(`sign in ${loginName}: ${await response.text()}`);
  const cookie = /pingding_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`sign in ${loginName}: no cookie`);
  return cookie;
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not answer /api/health within 2 minutes');
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGINT');
  const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
