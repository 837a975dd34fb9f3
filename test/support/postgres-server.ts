import pg from 'pg';
import {
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../scripts/postgres/throwaway.ts';

/** A PostgreSQL server the tests may create databases on. */
export interface PostgresServer {
  url: string;
  source: 'env' | 'local' | 'throwaway';
  /** Stops the server if we started it and nobody else in this process still uses it. */
  release(): Promise<void>;
}

/** The server tried when TEST_DATABASE_URL is not set. */
export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

let throwaway: Promise<ThrowawayPostgres> | undefined;
let throwawayUsers = 0;

/**
 * Finds a PostgreSQL server, in order: env `TEST_DATABASE_URL`; a server at
 * {@link LOCAL_POSTGRES_URL}; a throwaway server started here. `TEST_POSTGRES=throwaway`
 * skips the first two. The throwaway is shared within the process until its last user
 * releases it.
 */
export async function acquirePostgresServer(): Promise<PostgresServer> {
  const forceThrowaway = process.env.TEST_POSTGRES === 'throwaway';
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv && !forceThrowaway) return { url: fromEnv, source: 'env', release: async () => {} };
  if (!forceThrowaway && (await reachable(LOCAL_POSTGRES_URL))) {
    return { url: LOCAL_POSTGRES_URL, source: 'local', release: async () => {} };
  }
  throwaway ??= startThrowawayPostgres();
  throwawayUsers += 1;
  let server: ThrowawayPostgres;
  try {
    server = await throwaway;
  } catch (error) {
    throwawayUsers -= 1;
    throwaway = undefined;
    throw error;
  }
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    throwawayUsers -= 1;
    if (throwawayUsers > 0) return;
    throwaway = undefined;
    await server.stop();
  };
  return { url: server.url, source: 'throwaway', release };
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  // A refused connection also emits 'error'; unheard, it would crash the test run.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
