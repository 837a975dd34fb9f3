import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { openDatabase, type DatabaseHandle } from '../store/database.ts';
import { headMinutesFromEnv, scheduleAuditHeads, type HeadSchedule } from '../store/audit-head.ts';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import type { DemoAccount } from './demo/accounts.ts';
import { systemClock } from '../auth/clock.ts';
import { demoClock, type DemoClock } from './demo/clock.ts';
import { resumeDemoClock } from './demo/clock-store.ts';
import {
  assertDemoAddressAllowed,
  demoActors,
  demoModeWanted,
  ensureDemoAccounts,
  seedDomainDemo,
} from './demo/setup.ts';
import { ensureFirstAdmin } from './first-admin.ts';
import { rateLimits } from './rate-limits.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  database: DatabaseHandle;
  demoAccounts: DemoAccount[] | null;
  /** Demo mode only: the procedure's settable date (`/api/demo/clock`). */
  demoClock: DemoClock | null;
  /** Set when this start created the first administrator (outside demo mode). */
  firstAdmin: { loginName: string; password: string } | null;
  /** Whether the HQ procedure's `seedDemo` ran (it skips records that exist). */
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database, sets up demo mode or the first administrator, and listens.
 * Demo mode listens only on this machine unless PINGDING_DEMO_PUBLIC=1, and never joins a
 * database that has real accounts. Port 0 picks a free port; the URL says which.
 * @example const server = await startServer({ ...serverConfig(), port: 0 }); await fetch(`${server.url}/api/health`)
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    const { db } = database;
    const headMinutes = headMinutesFromEnv();
    let demoAccounts: DemoAccount[] | null = null;
    let firstAdmin = null;
    let seeded = false;
    let clock: DemoClock | null = null;
    if (await demoModeWanted(db, config.demo)) {
      assertDemoAddressAllowed(config.host, config.demoPublic);
      demoAccounts = (await ensureDemoAccounts(db)).accounts;
      // The date the last run stood on, unless PINGDING_TODAY says otherwise.
      clock = demoClock(systemClock);
      await resumeDemoClock(db, clock, config.today);
      // Every demo start: seedDemo skips what exists.
      seeded = await seedDomainDemo(db, await demoActors(db), clock.today());
    } else {
      // A real service's dates are the system's: a stray setting must not move them quietly.
      if (config.today) {
        throw new Error(
          'PINGDING_TODAY 只在演示模式下有效 / PINGDING_TODAY is honoured in demo mode only',
        );
      }
      firstAdmin = await ensureFirstAdmin(db);
    }
    const app = createApp({
      db,
      databaseKind: database.kind,
      demoAccounts,
      demoClock: clock,
      version: config.version,
      sessionPolicy: config.sessionPolicy,
      rateLimits: rateLimits(config.rateSettings, systemClock),
      https: config.https,
    });
    const server = await listen(app.fetch, config.port, config.host);
    // Signed chain heads off the database: now, every PINGDING_AUDIT_HEAD_MINUTES, at shutdown.
    const heads: HeadSchedule | null = database.audit.headDir
      ? scheduleAuditHeads(db, database.audit.key, database.audit.headDir, headMinutes)
      : null;
    const { port } = server.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${port}`,
      database,
      demoAccounts,
      demoClock: clock,
      firstAdmin,
      seeded,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await heads?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  hostname: string,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
  });
}
