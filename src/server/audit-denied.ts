import type { MiddlewareHandler } from 'hono';
import { appendAudit } from '../store/audit.ts';
import type { AppEnv } from './env.ts';

/**
 * Audits every refused access (HTTP 403) with who asked, what they asked for and from which
 * address, so that an assessor (等保2.0 三级, 安全审计) finds denied reads and writes next to the
 * granted ones. The query string is left out: it may carry a name or an ID number. A failure to
 * write the record is logged and does not change the answer, which is already a refusal.
 * @example app.use('/api/*', auditDenied)
 */
export const auditDenied: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.status !== 403) return;
  const actor = c.var.actor;
  let code: string | null = null;
  try {
    const body = (await c.res.clone().json()) as { error?: { code?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
  } catch {
    // Not our JSON error shape: the status says enough.
  }
  try {
    await c.var.db.transaction((tx) =>
      appendAudit(tx, {
        actor: actor?.accountId ?? 'anonymous',
        action: 'access.denied',
        entity: 'request',
        // The path as sent, still percent-encoded: a decoded one may hold a NUL or a lone
        // surrogate, which the log cannot store, and the refusal would go unrecorded.
        entityId: `${c.req.method} ${new URL(c.req.url).pathname}`.slice(0, 300),
        after: {
          role: actor?.role ?? null,
          code,
          client: c.var.clientAddress ?? null,
        },
      }),
    );
  } catch (error) {
    console.error(`audit of a refused access failed: ${String(error).slice(0, 300)}`);
  }
};
