// A database started in demo mode and then for real use (PINGDING_DEMO=0): the published demo
// passwords are dead, a real first administrator is created and must change its password, and
// demo mode never comes back to a database with real accounts. Demo mode stays on this machine
// unless forced. On PGlite (a directory) and on PostgreSQL, through the real server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverConfig, type ServerConfig } from '../../src/server/config.ts';
import { startServer } from '../../src/server/start.ts';
import { createFreshPostgresDatabase, type FreshPostgresDatabase } from '../support/databases.ts';

const signInBody = (a: { loginName: string; password: string }) => ({
  loginName: a.loginName,
  password: a.password,
});

const post = (url: string, body: unknown, cookie?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`from demo to real use [${kind}]`, () => {
    let dir: string;
    let fresh: FreshPostgresDatabase | undefined;
    let config: ServerConfig;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'pingding-demo-real-'));
      if (kind === 'postgres') fresh = await createFreshPostgresDatabase();
      config = {
        ...serverConfig({}),
        port: 0,
        dataDir: join(dir, 'pglite'),
        databaseUrl: fresh?.url,
      };
    }, 120_000);
    afterAll(async () => {
      await fresh?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses demo mode on a non-loopback address unless forced', async () => {
      await expect(startServer({ ...config, host: '0.0.0.0', demo: '1' })).rejects.toThrow(
        /PINGDING_DEMO_PUBLIC=1/,
      );
    });

    it('demo, then PINGDING_DEMO=0: demo passwords dead, a real administrator who must change the password', async () => {
      const demo = await startServer({
        ...config,
        host: '0.0.0.0',
        demoPublic: true,
        demo: '1',
      });
      const demoAdmin = demo.demoAccounts!.find((a) => a.role === 'admin')!;
      try {
        expect((await post(`${demo.url}/api/session`, signInBody(demoAdmin))).status).toBe(200);
      } finally {
        await demo.close();
      }

      const real = await startServer({ ...config, host: '127.0.0.1', demo: '0' });
      try {
        expect(real.demoAccounts).toBeNull();
        const first = real.firstAdmin!;
        // `admin` is the demo administrator's name.
        expect(first.loginName).toBe('admin2');
        const refused = await post(`${real.url}/api/session`, signInBody(demoAdmin));
        expect(refused.status).toBe(401);
        const enterprise = demo.demoAccounts!.find((a) => a.role === 'enterprise')!;
        expect((await post(`${real.url}/api/session`, signInBody(enterprise))).status).toBe(401);

        const signedIn = await post(`${real.url}/api/session`, first);
        expect(signedIn.status).toBe(200);
        expect(await signedIn.json()).toMatchObject({ mustChangePassword: true, role: 'admin' });
        const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
        const blocked = await fetch(`${real.url}/api/accounts`, { headers: { cookie } });
        expect(blocked.status).toBe(403);
        const changed = await fetch(`${real.url}/api/session/password`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({
            currentPassword: first.password,
            newPassword: 'Lucheng#Admin-2026',
          }),
        });
        expect(changed.status).toBe(200);
        expect((await fetch(`${real.url}/api/accounts`, { headers: { cookie } })).status).toBe(200);
      } finally {
        await real.close();
      }

      // Real accounts now: demo mode is off by default, and refused when asked for.
      const again = await startServer({ ...config, host: '127.0.0.1', demo: undefined });
      try {
        expect(again.demoAccounts).toBeNull();
        expect(again.firstAdmin).toBeNull();
      } finally {
        await again.close();
      }
      await expect(startServer({ ...config, host: '127.0.0.1', demo: '1' })).rejects.toThrow(
        /正式账户/,
      );
    });
  });
}
