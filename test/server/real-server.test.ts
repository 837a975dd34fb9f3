import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverConfig } from '../../src/server/config.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';

// The one test on a real port: the server as `npm start` runs it, on PGlite in a temporary
// directory, outside demo mode (so it also creates the first administrator).
describe('the real server', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pingding-server-'));
    server = await startServer({
      ...serverConfig({}),
      port: 0,
      dataDir: join(dir, 'pglite'),
      demo: '0',
    });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /api/health on a free port', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: { kind: 'pglite', reachable: true },
      demo: false,
    });
  });

  it('creates a first administrator who can sign in', async () => {
    expect(server.demoAccounts).toBeNull();
    const first = server.firstAdmin!;
    expect(first.loginName).toBe('admin');
    const response = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(first),
    });
    expect(response.status).toBe(200);
  });
});
