import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { ApiApp, AppOptions } from '../env.ts';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string().openapi({ example: '0.1.0' }),
    database: z.object({
      kind: z.enum(['pglite', 'postgres']),
      reachable: z.boolean(),
      latencyMs: z.number().nullable(),
    }),
    demo: z.boolean(),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: '运行状态 / health',
  responses: {
    200: { description: 'Up', content: { 'application/json': { schema: HealthSchema } } },
    503: {
      description: 'The database cannot be reached',
      content: { 'application/json': { schema: HealthSchema } },
    },
  },
});

const PROBE_TIMEOUT_MS = 2000;

/** `GET /api/health`: the version, which database, whether it answers and how fast. */
export function registerHealth(app: ApiApp, options: AppOptions): void {
  app.openapi(route, async (c) => {
    const started = performance.now();
    const reachable = await Promise.race([
      c.var.db.execute(sql`select 1`).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(resolve, PROBE_TIMEOUT_MS, false).unref()),
    ]);
    const body = {
      status: reachable ? ('ok' as const) : ('unavailable' as const),
      version: options.version ?? '0.0.0',
      database: {
        kind: options.databaseKind,
        reachable,
        latencyMs: reachable ? Math.round((performance.now() - started) * 100) / 100 : null,
      },
      demo: Boolean(options.demoAccounts),
    };
    return reachable ? c.json(body, 200) : c.json(body, 503);
  });
}
