import { execFile, execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server in a temporary directory, for tests. */
export interface ThrowawayPostgres {
  /** Superuser URL of the `postgres` database, trust auth. */
  url: string;
  /** Stops the server and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts a PostgreSQL server on a free port in a new temporary directory: initdb, then
 * pg_ctl start. Binaries come from PATH or /usr/lib/postgresql/<version>/bin; when there
 * are none and we are root, Debian's `postgresql` package is installed first. Durability
 * is switched off, as nothing here needs to survive a crash. If this process dies without
 * calling `stop`, a watchdog stops the server and removes its files.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin() ?? installPostgres();
  const owner = serverOwner();
  const root = mkdtempSync(join(tmpdir(), 'pingding-pg-'));
  const dataDir = join(root, 'data');
  if (owner) chownSync(root, owner.uid, owner.gid);
  const asOwner = (command: string, args: string[]) =>
    run(...ownerCommand(owner, join(bin, command), args));
  const port = await freePort();
  const stopArgs = ['-D', dataDir, '-m', 'immediate', '-w', 'stop'];
  const watchdog = startWatchdog(root, ownerCommand(owner, join(bin, 'pg_ctl'), stopArgs));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    watchdog.kill();
    await asOwner('pg_ctl', stopArgs).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    // Trust auth and no fsync: a disposable server reachable only from this machine.
    const initdbFlags = '-U postgres -A trust -E UTF8 --locale=C --no-sync'.split(' ');
    await asOwner('initdb', ['-D', dataDir, ...initdbFlags]);
    const serverOptions = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-k "${root}"`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    await asOwner('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(root, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      serverOptions,
      'start',
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

/** The directory holding initdb and pg_ctl, if PostgreSQL is installed. */
export function findPostgresBin(): string | undefined {
  const hasTools = (dir: string) =>
    existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const fromPath = onPath.find(hasTools);
  if (fromPath) return fromPath;
  const debianRoot = '/usr/lib/postgresql';
  if (!existsSync(debianRoot)) return undefined;
  const newestFirst = readdirSync(debianRoot)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a));
  return newestFirst.map((version) => join(debianRoot, version, 'bin')).find(hasTools);
}

function installPostgres(): string {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'No PostgreSQL binaries (initdb, pg_ctl) found; install PostgreSQL or set TEST_DATABASE_URL.',
    );
  }
  console.error("No PostgreSQL found: installing Debian's postgresql package with apt-get…");
  // stdout goes to stderr so that a caller reading our stdout sees only the URL.
  const stdio = ['ignore', process.stderr, process.stderr] as const;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'postgresql']]) {
    const result = spawnSync('apt-get', args, { stdio: [...stdio], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
  }
  const bin = findPostgresBin();
  if (!bin)
    throw new Error('apt-get installed postgresql, but initdb and pg_ctl are still missing');
  return bin;
}

interface Owner {
  name: string;
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user. */
function serverOwner(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const name = 'postgres';
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { name, uid, gid };
  } catch {
    throw new Error('Running as root, but there is no `postgres` user to run the server as.');
  }
}

/**
 * Test runners kill their workers rather than let them exit, so no exit hook of ours would
 * run: a detached shell waits for this process to vanish and then cleans up after it.
 */
function startWatchdog(root: string, [stopCommand, stopArgs]: [string, string[]]): ChildProcess {
  const script =
    'while kill -0 "$1" 2>/dev/null; do sleep 1; done; shift; root="$1"; shift; "$@"; rm -rf "$root"';
  const child = spawn(
    'sh',
    ['-c', script, 'watchdog', String(process.pid), root, stopCommand, ...stopArgs],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
  return child;
}

function ownerCommand(
  owner: Owner | undefined,
  command: string,
  args: string[],
): [string, string[]] {
  return owner ? ['runuser', ['-u', owner.name, '--', command, ...args]] : [command, args];
}

/** A port nobody listens on right now; another process could still take it before we do. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
