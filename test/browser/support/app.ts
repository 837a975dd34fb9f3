import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveWebDist } from './static-files.ts';
import { createStubApi } from './stub-api.ts';
import { JOURNEY_LIMITS } from './suite-limits.ts';

export interface RunningApp {
  /** e.g. http://localhost:41234 */
  url: string;
  /** Which API answers: the real server, or the test double of stub-api.ts. */
  api: 'real' | 'stub';
  close(): Promise<void>;
}

const SERVER_START = resolve(import.meta.dirname, '../../../src/server/start.ts');
const SERVER_CONFIG = resolve(import.meta.dirname, '../../../src/server/config.ts');

/**
 * Starts the app the browser tests run against, on a free local port.
 *
 * The real server (src/server/start.ts: API and web/dist together) in demo mode, on an embedded
 * database of its own in a temporary directory. `PINGDING_BROWSER_API=stub` (or a tree without the
 * server) serves web/dist with the stub API of stub-api.ts instead.
 */
export async function startApp(): Promise<RunningApp> {
  const wanted = process.env.PINGDING_BROWSER_API;
  if (wanted !== 'stub' && existsSync(SERVER_START)) return startRealServer();
  if (wanted === 'real')
    throw new Error(`PINGDING_BROWSER_API=real, but ${SERVER_START} is missing`);
  return startStub();
}

interface RealServer {
  url: string;
  close(): Promise<void>;
}

/** `npm start`'s server in demo mode (PINGDING_DEMO=1) on a fresh PGlite database. */
async function startRealServer(): Promise<RunningApp> {
  const { startServer } = (await import(SERVER_START)) as {
    startServer: (config: object) => Promise<RealServer>;
  };
  const { serverConfig } = (await import(SERVER_CONFIG)) as {
    serverConfig: (env: Record<string, string>) => object;
  };
  const dataDir = await mkdtemp(join(tmpdir(), 'pingding-browser-db-'));
  const config = serverConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PINGDING_DEMO: '1',
    ...JOURNEY_LIMITS,
  });
  const server = await startServer(config);
  return {
    url: server.url,
    api: 'real',
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** TEST DOUBLE: web/dist and the stub API on one port. */
async function startStub(): Promise<RunningApp> {
  const api = createStubApi();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if ((req.url ?? '').startsWith('/api/') || req.url === '/api') api(req, res);
    else serveWebDist(req, res);
  };
  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    api: 'stub',
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
