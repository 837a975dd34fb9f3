import { createRoute, z } from '@hono/zod-openapi';
import {
  createAccount,
  disableAccount,
  enableAccount,
  getAccount,
  listAccounts,
  resetPassword,
} from '../../auth/accounts.ts';
import { securityOverview, SECURITY_OVERVIEW_WINDOWS } from '../../auth/security-overview.ts';
import type { ApiApp } from '../env.ts';
import { errorResponse } from '../errors.ts';
import { rolesOnly } from '../guards.ts';
import {
  AccountIdParams,
  AccountSchema,
  DepartmentSchema,
  JurisdictionSchema,
  OfficeSchema,
  RoleSchema,
} from './schemas.ts';

const adminOnly = rolesOnly(['admin'], { zh: '管理账户', en: 'manage accounts' });

const NewAccountSchema = z
  .strictObject({
    loginName: z.string().min(1).max(64).openapi({ example: 'county.ruian' }),
    displayName: z.string().min(1).max(100).openapi({ example: '瑞安市投资促进部门' }),
    role: RoleSchema,
    jurisdiction: JurisdictionSchema.nullish().openapi({ description: 'county_office only' }),
    department: DepartmentSchema.nullish().openapi({ description: 'department only' }),
    enterpriseUscc: z
      .string()
      .nullish()
      .openapi({ description: 'enterprise only', example: '91330381MA2HXXXXXX' }),
    office: OfficeSchema.nullish().openapi({ description: 'water_office, relief_office only' }),
    township: z
      .string()
      .max(50)
      .nullish()
      .openapi({ description: 'relief_township only', example: '百丈漈镇' }),
    password: z
      .string()
      .min(1)
      .max(1024)
      .openapi({ description: 'At least 10 characters, three of upper/lower/digit/symbol' }),
  })
  .openapi('NewAccount');

const PasswordSchema = z
  .strictObject({ password: z.string().min(1).max(1024) })
  .openapi('NewPassword');

const refusals = {
  401: errorResponse('Not signed in'),
  403: errorResponse('Not an administrator'),
};
const accountJson = { 'application/json': { schema: AccountSchema } };
const common = { tags: ['accounts'], security: [{ session: [] }], middleware: [adminOnly] };

const listRoute = createRoute({
  ...common,
  method: 'get',
  path: '/api/accounts',
  summary: '账户列表 / list accounts',
  request: { query: z.object({ role: RoleSchema.optional() }) },
  responses: {
    200: {
      description: 'Accounts by login name',
      content: { 'application/json': { schema: z.object({ accounts: z.array(AccountSchema) }) } },
    },
    400: errorResponse('Bad filter'),
    ...refusals,
  },
});

const createAccountRoute = createRoute({
  ...common,
  method: 'post',
  path: '/api/accounts',
  summary: '新建账户 / create an account',
  request: {
    body: { content: { 'application/json': { schema: NewAccountSchema } }, required: true },
  },
  responses: {
    201: { description: 'Created', content: accountJson },
    400: errorResponse('A field is missing or breaks a rule (each issue names its field)'),
    ...refusals,
    409: errorResponse('The login name is taken'),
  },
});

const getRoute = createRoute({
  ...common,
  method: 'get',
  path: '/api/accounts/{id}',
  summary: '查看账户 / one account',
  request: { params: AccountIdParams },
  responses: {
    200: { description: 'The account', content: accountJson },
    ...refusals,
    404: errorResponse('No such account'),
  },
});

const disableRoute = createRoute({
  ...common,
  method: 'post',
  path: '/api/accounts/{id}/disable',
  summary: '停用账户 / disable an account',
  description: 'Ends its sessions. An administrator cannot disable their own account.',
  request: { params: AccountIdParams },
  responses: {
    200: { description: 'Disabled', content: accountJson },
    ...refusals,
    404: errorResponse('No such account'),
    409: errorResponse('Own account'),
  },
});

const enableRoute = createRoute({
  ...common,
  method: 'post',
  path: '/api/accounts/{id}/enable',
  summary: '启用账户 / enable an account',
  request: { params: AccountIdParams },
  responses: {
    200: { description: 'Enabled', content: accountJson },
    ...refusals,
    404: errorResponse('No such account'),
  },
});

const passwordRoute = createRoute({
  ...common,
  method: 'put',
  path: '/api/accounts/{id}/password',
  summary: '重置密码 / reset the password',
  description: 'Lifts any lock and ends the account’s sessions.',
  request: {
    params: AccountIdParams,
    body: { content: { 'application/json': { schema: PasswordSchema } }, required: true },
  },
  responses: {
    200: { description: 'Password set', content: accountJson },
    400: errorResponse('The password breaks a rule'),
    ...refusals,
    404: errorResponse('No such account'),
  },
});

const AccountRef = { accountId: z.string(), loginName: z.string() };

const SecurityOverviewSchema = z
  .object({
    windows: z.object({
      failedSignInDays: z.number().int().openapi({ example: 7 }),
      unusedDays: z.number().int().openapi({ example: 90 }),
    }),
    failedSignIns: z.array(
      z.object({
        loginName: z.string(),
        accountId: z.string().nullable().openapi({ description: 'null: no account has the name' }),
        displayName: z.string().nullable(),
        failures: z.number().int(),
        clients: z.number().int().openapi({ description: 'distinct client addresses' }),
        lastAt: z.string(),
        lastClient: z.string().nullable(),
      }),
    ),
    locked: z.array(
      z.object({
        ...AccountRef,
        displayName: z.string(),
        role: RoleSchema,
        lockedUntil: z.string(),
      }),
    ),
    unused: z.array(
      z.object({
        ...AccountRef,
        displayName: z.string(),
        role: RoleSchema,
        createdAt: z.string(),
        lastSignInAt: z.string().nullable(),
      }),
    ),
    sharedNames: z.array(
      z.object({
        displayName: z.string(),
        accounts: z.array(z.object({ ...AccountRef, role: RoleSchema })),
      }),
    ),
  })
  .openapi('SecurityOverview');

const securityRoute = createRoute({
  ...common,
  method: 'get',
  path: '/api/accounts/security-overview',
  summary: '账户安全情况 / the accounts’ security overview',
  description:
    'Failed sign-ins of the last 7 days by login name, accounts locked now, enabled accounts unused for 90 days, one name on accounts of different roles. Demo accounts are left out.',
  responses: {
    200: {
      description: 'The overview',
      content: { 'application/json': { schema: SecurityOverviewSchema } },
    },
    ...refusals,
  },
});

/** The administrators' account routes under `/api/accounts`; everyone else gets 401 or 403. */
export function registerAccounts(app: ApiApp): void {
  // Before `/api/accounts/{id}`, which would take its last segment for an id.
  app.openapi(securityRoute, async (c) => {
    const overview = await securityOverview(c.var.db, c.var.actor, c.var.clock);
    const iso = (at: Date) => at.toISOString();
    return c.json(
      {
        windows: { ...SECURITY_OVERVIEW_WINDOWS },
        failedSignIns: overview.failedSignIns.map((row) => ({ ...row, lastAt: iso(row.lastAt) })),
        locked: overview.locked.map((row) => ({ ...row, lockedUntil: iso(row.lockedUntil) })),
        unused: overview.unused.map((row) => ({
          ...row,
          createdAt: iso(row.createdAt),
          lastSignInAt: row.lastSignInAt && iso(row.lastSignInAt),
        })),
        sharedNames: overview.sharedNames,
      },
      200,
    );
  });
  app.openapi(listRoute, async (c) => {
    const list = await listAccounts(c.var.db, c.var.actor, c.req.valid('query'), c.var.clock);
    return c.json({ accounts: list }, 200);
  });
  app.openapi(createAccountRoute, async (c) => {
    const account = await createAccount(c.var.db, c.var.actor, c.req.valid('json'), c.var.clock);
    return c.json(account, 201);
  });
  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await getAccount(c.var.db, c.var.actor, id, c.var.clock), 200);
  });
  app.openapi(disableRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await disableAccount(c.var.db, c.var.actor, id, c.var.clock), 200);
  });
  app.openapi(enableRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await enableAccount(c.var.db, c.var.actor, id, c.var.clock), 200);
  });
  app.openapi(passwordRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { password } = c.req.valid('json');
    return c.json(await resetPassword(c.var.db, c.var.actor, id, password, c.var.clock), 200);
  });
}
