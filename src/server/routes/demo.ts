import { createRoute, z } from '@hono/zod-openapi';
import { ROLE_LABELS } from '../../workflow/actor.ts';
import type { ApiApp, AppOptions } from '../env.ts';
import { errorJson, errorResponse } from '../errors.ts';
import { RoleSchema } from './schemas.ts';

const DemoAccountsSchema = z
  .object({
    notice: z.string(),
    accounts: z.array(
      z.object({
        loginName: z.string(),
        password: z.string(),
        displayName: z.string(),
        role: RoleSchema,
        roleLabel: z.string(),
        description: z.string(),
      }),
    ),
  })
  .openapi('DemoAccounts');

const route = createRoute({
  method: 'get',
  path: '/api/demo/accounts',
  tags: ['demo'],
  summary: '演示账户 / demo accounts (demo mode only)',
  responses: {
    200: {
      description: 'The demo accounts with their passwords',
      content: { 'application/json': { schema: DemoAccountsSchema } },
    },
    404: errorResponse('Not in demo mode'),
  },
});

/** `GET /api/demo/accounts`: the demo logins and passwords, only while in demo mode. */
export function registerDemo(app: ApiApp, options: AppOptions): void {
  app.openapi(route, (c) => {
    const list = options.demoAccounts;
    const lang = c.var.lang;
    if (!list) {
      return errorJson(c, 404, 'not_demo_mode', {
        zh: '未处于演示模式，没有演示账户',
        en: 'The service is not in demo mode; there are no demo accounts',
      });
    }
    return c.json(
      {
        notice:
          lang === 'zh'
            ? '演示模式：以下账户的密码是公开的，数据为虚构（演示数据），请勿录入真实信息'
            : 'Demo mode: these passwords are public and the data is invented (演示数据); enter no real information',
        accounts: list.map((a) => ({
          loginName: a.loginName,
          password: a.password,
          displayName: a.displayName,
          role: a.role,
          roleLabel: ROLE_LABELS[a.role][lang],
          description: a.description[lang],
        })),
      },
      200,
    );
  });
}
