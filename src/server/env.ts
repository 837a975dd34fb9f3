import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Clock } from '../auth/clock.ts';
import type { SessionPolicy } from '../auth/policy.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { Lang } from '../engine/localized.ts';
import type { Database, DatabaseKind } from '../store/database.ts';
import type { Actor } from '../workflow/actor.ts';
import type { DemoAccount } from './demo/accounts.ts';
import type { DemoClock } from './demo/clock.ts';
import type { RateLimits } from './rate-limits.ts';

/**
 * What every handler finds on the context (`c.var`): the database, the clock, the reader's
 * language, and the signed-in Actor (null for the public). Set by middleware in app.ts.
 */
export interface AppVariables {
  db: Database;
  clock: Clock;
  /** The date the procedure's steps see: the demo clock in demo mode, else `clock`. */
  procedureClock: Clock;
  lang: Lang;
  actor: Actor | null;
  /** The session behind `actor`, with the login name; null for the public. */
  session: ResolvedSession | null;
  /** The client's address (see rate-limits.ts); undefined for requests made in-process. */
  clientAddress: string | undefined;
  /** The sign-in and session settings in force. */
  sessionPolicy: SessionPolicy;
  /** The rate limiters; null when the app was built without them (tests). */
  rateLimits: RateLimits | null;
  /** Whether demo accounts may act (the server runs in demo mode). */
  demoMode: boolean;
  /** The service is reached over TLS (PINGDING_HTTPS): Secure cookies and HSTS. */
  https: boolean;
}

export type AppEnv = { Variables: AppVariables };

/** The app every route module registers on. */
export type ApiApp = OpenAPIHono<AppEnv>;

/** What the app is built from. */
export interface AppOptions {
  db: Database;
  databaseKind: DatabaseKind;
  clock?: Clock;
  /** Demo mode only: the settable date of the procedure (`/api/demo/clock`). */
  demoClock?: DemoClock | null;
  /** The demo accounts and their passwords: set only in demo mode. */
  demoAccounts?: readonly DemoAccount[] | null;
  /** Session lifetimes and the per-account limit; default DEFAULT_SESSION_POLICY. */
  sessionPolicy?: SessionPolicy;
  /** Per-client and per-account rate limits; none unless given (the server always gives them). */
  rateLimits?: RateLimits | null;
  /** The built web app; default `web/dist` of the repository. Null: serve no web app. */
  webDist?: string | null;
  version?: string;
  /** Reached over TLS, directly or behind a reverse proxy (PINGDING_HTTPS=1). Default false. */
  https?: boolean;
}
