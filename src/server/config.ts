import { readFileSync } from 'node:fs';
import {
  DEFAULT_SESSION_IDLE_MINUTES,
  DEFAULT_SESSION_MAX_HOURS,
  DEFAULT_SESSIONS_PER_ACCOUNT,
  MAX_SESSION_HOURS,
  MAX_SESSION_IDLE_MINUTES,
  type SessionPolicy,
} from '../auth/policy.ts';
import { DEFAULT_PGLITE_DIR } from '../store/database.ts';
import { DEFAULT_RATE_SETTINGS, type RateSettings } from './rate-limits.ts';

/** How the server is started, from the environment. */
export interface ServerConfig {
  port: number;
  /** 127.0.0.1 unless HOST says otherwise: demo passwords are public, so stay on this machine. */
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** PINGDING_DEMO as given: '1' forces demo mode, '0' forbids it, unset decides by the data. */
  demo: string | undefined;
  /** PINGDING_TODAY: the date a demo server's procedure starts on (demo mode only). */
  today: string | undefined;
  /** PINGDING_DEMO_PUBLIC=1: demo mode on an address other machines reach (with a warning). */
  demoPublic: boolean;
  /** PINGDING_HTTPS=1: reached over TLS (directly or behind a reverse proxy): Secure cookies, HSTS. */
  https: boolean;
  /** Session lifetimes and the per-account limit (PINGDING_SESSION_*). */
  sessionPolicy: SessionPolicy;
  /** Rate limits (PINGDING_RATE_*) and PINGDING_TRUST_PROXY. */
  rateSettings: RateSettings;
  version: string;
}

/**
 * Reads PORT (3000), HOST (127.0.0.1), DATABASE_URL, DATA_DIR (.data/pglite), PINGDING_DEMO,
 * PINGDING_TODAY, PINGDING_DEMO_PUBLIC, the session settings PINGDING_SESSION_IDLE_MINUTES (30,
 * below 8 hours), PINGDING_SESSION_MAX_HOURS (12, at most 24), PINGDING_SESSIONS_PER_ACCOUNT (3),
 * the rate limits PINGDING_RATE_SIGN_IN_PER_CLIENT (20 a minute), PINGDING_RATE_SIGN_IN_PER_ACCOUNT
 * (10 a minute), PINGDING_RATE_OBJECTIONS_PER_CLIENT (10 an hour),
 * PINGDING_RATE_OBJECTION_LOOKUPS_PER_CLIENT (30 an hour), PINGDING_TRUST_PROXY and PINGDING_HTTPS.
 * @example serverConfig({ PORT: '8080' }).port // 8080
 */
export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `PORT 应为 0-65535 的整数 / PORT must be an integer 0-65535, got "${env.PORT}"`,
    );
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || DEFAULT_PGLITE_DIR,
    demo: env.PINGDING_DEMO,
    today: env.PINGDING_TODAY || undefined,
    demoPublic: flag(env.PINGDING_DEMO_PUBLIC),
    https: flag(env.PINGDING_HTTPS),
    sessionPolicy: {
      idleMs:
        whole(
          env,
          'PINGDING_SESSION_IDLE_MINUTES',
          DEFAULT_SESSION_IDLE_MINUTES,
          1,
          MAX_SESSION_IDLE_MINUTES,
        ) * 60_000,
      maxMs:
        whole(env, 'PINGDING_SESSION_MAX_HOURS', DEFAULT_SESSION_MAX_HOURS, 1, MAX_SESSION_HOURS) *
        3_600_000,
      perAccount: whole(env, 'PINGDING_SESSIONS_PER_ACCOUNT', DEFAULT_SESSIONS_PER_ACCOUNT, 1, 100),
    },
    rateSettings: {
      signInPerClientPerMinute: whole(
        env,
        'PINGDING_RATE_SIGN_IN_PER_CLIENT',
        DEFAULT_RATE_SETTINGS.signInPerClientPerMinute,
        1,
        10_000,
      ),
      signInPerAccountPerMinute: whole(
        env,
        'PINGDING_RATE_SIGN_IN_PER_ACCOUNT',
        DEFAULT_RATE_SETTINGS.signInPerAccountPerMinute,
        1,
        10_000,
      ),
      objectionsPerClientPerHour: whole(
        env,
        'PINGDING_RATE_OBJECTIONS_PER_CLIENT',
        DEFAULT_RATE_SETTINGS.objectionsPerClientPerHour,
        1,
        10_000,
      ),
      objectionLookupsPerClientPerHour: whole(
        env,
        'PINGDING_RATE_OBJECTION_LOOKUPS_PER_CLIENT',
        DEFAULT_RATE_SETTINGS.objectionLookupsPerClientPerHour,
        1,
        10_000,
      ),
      trustProxy: flag(env.PINGDING_TRUST_PROXY),
    },
    version: packageVersion(),
  };
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** A whole-number setting within bounds, or its default when unset; anything else stops the start. */
function whole(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `${name} 应为 ${min}-${max} 的整数 / ${name} must be an integer ${min}-${max}, got "${text}"`,
    );
  }
  return value;
}

/** The version in package.json, shown by /api/health. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
}
