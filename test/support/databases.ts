import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  openDatabase,
  type Database,
  type DatabaseHandle,
  type DatabaseKind,
} from '../../src/store/database.ts';
import { acquirePostgresServer } from './postgres-server.ts';

/** Which database a suite runs on; `url()` is set once the suite's `beforeAll` has run. */
export interface DatabaseTarget {
  kind: DatabaseKind;
  /** The PostgreSQL URL of the suite's own database; undefined on PGlite. */
  url(): string | undefined;
}

/**
 * Declares the suite twice: on an in-memory PGlite and on a fresh database of a real
 * PostgreSQL server (see acquirePostgresServer). Both are migrated before the first test
 * and thrown away after the last.
 * @example describeEachDatabase('audit chain', (getDb) => { it('…', async () => { getDb() }) })
 */
export function describeEachDatabase(
  name: string,
  body: (getDb: () => Database, target: DatabaseTarget) => void,
): void {
  describe(`${name} [pglite]`, () => {
    let handle: DatabaseHandle | undefined;
    beforeAll(async () => {
      handle = await openDatabase({ dataDir: 'memory://' });
    });
    afterAll(async () => {
      await handle?.close();
    });
    body(() => opened(handle), { kind: 'pglite', url: () => undefined });
  });

  describe(`${name} [postgres]`, () => {
    let fresh: FreshPostgresDatabase | undefined;
    let handle: DatabaseHandle | undefined;
    beforeAll(async () => {
      fresh = await createFreshPostgresDatabase();
      handle = await openDatabase({ url: fresh.url });
    });
    afterAll(async () => {
      await handle?.close();
      await fresh?.drop();
    });
    body(() => opened(handle), { kind: 'postgres', url: () => fresh?.url });
  });
}

function opened(handle: DatabaseHandle | undefined): Database {
  if (!handle) throw new Error('the database is opened in beforeAll; use getDb() inside tests');
  return handle.db;
}

/** A database of its own on a real PostgreSQL server. */
export interface FreshPostgresDatabase {
  url: string;
  /** Drops the database (closing any connection still on it) and releases the server. */
  drop(): Promise<void>;
}

/** Creates `pingding_t_<random>`, empty and unmigrated, so suites can run side by side. */
export async function createFreshPostgresDatabase(): Promise<FreshPostgresDatabase> {
  const server = await acquirePostgresServer();
  const name = `pingding_t_${randomBytes(6).toString('hex')}`;
  try {
    await onServer(server.url, `create database ${name}`);
  } catch (error) {
    await server.release();
    throw error;
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      try {
        await onServer(server.url, `drop database if exists ${name} with (force)`);
      } finally {
        await server.release();
      }
    },
  };
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
