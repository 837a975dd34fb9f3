import { readFileSync } from 'node:fs';
import { DEFAULT_PGLITE_DIR } from '../store/database.ts';

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
  version: string;
}

/**
 * Reads PORT (3000), HOST (127.0.0.1), DATABASE_URL, DATA_DIR (.data/pglite), PINGDING_DEMO and
 * PINGDING_TODAY.
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
    version: packageVersion(),
  };
}

/** The version in package.json, shown by /api/health. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
}
