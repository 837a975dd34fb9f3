import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JOURNEY_LIMITS } from './suite-limits.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'src/server/main.ts');
const MOVED_CLOCK = join(import.meta.dirname, 'moved-clock.mjs');

/** `npm start`'s server as a real service would run it, in a process of its own. */
export interface ProductionServer {
  url: string;
  /** The first administrator's login name and initial password, from the first start's banner. */
  firstAdmin: { loginName: string; password: string };
  /** Stops the process and starts it again on the same database, its clock at `instant`. */
  restartAt(instant: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real (PINGDING_DEMO=0) server on a new empty embedded database, started as `npm start` starts
 * it (src/server/main.ts), in UTC, with its process clock at `instant` (moved-clock.mjs): the
 * first start creates the administrator and prints the initial password, which is read from the
 * banner as a person would.
 * @example const server = await startProductionServer('2026-12-21T01:30:00Z');
 */
export async function startProductionServer(instant: string): Promise<ProductionServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pingding-production-'));
  let running = await launch(dataDir, instant);
  const adminLine = /administrator created: (\S+)/.exec(running.banner);
  const passwordLine = /must be changed at first sign-in\): (\S+)/.exec(running.banner);
  if (!adminLine || !passwordLine) {
    await stop(running.child);
    throw new Error(`no first administrator in the banner:\n${running.banner}`);
  }
  const server: ProductionServer = {
    url: running.url,
    firstAdmin: { loginName: adminLine[1]!, password: passwordLine[1]! },
    restartAt: async (next) => {
      await stop(running.child);
      running = await launch(dataDir, next, new URL(server.url).port);
    },
    close: async () => {
      await stop(running.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

interface Launched {
  child: ChildProcess;
  url: string;
  banner: string;
}

/** Starts main.ts and waits for its banner (the line that says where it is running). */
function launch(dataDir: string, instant: string, port = '0'): Promise<Launched> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', MOVED_CLOCK, MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...JOURNEY_LIMITS,
      TZ: 'UTC',
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PINGDING_DEMO: '0',
      PINGDING_MOVED_CLOCK: instant,
      DATABASE_URL: '',
      PINGDING_TODAY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the server did not start in 90 s:\n${out}\n${err}`));
    }, 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /is running: (http:\/\/\S+)/.exec(out);
      if (url && out.includes('Ctrl-C')) {
        clearTimeout(timer);
        done({ child, url: url[1]!, banner: out });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server stopped (${code}) before it started:\n${out}\n${err}`));
    });
  });
}

/** SIGTERM, as Ctrl-C would: the server closes PGlite's files before it exits. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
