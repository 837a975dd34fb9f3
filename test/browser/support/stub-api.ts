// ============================================================================================
// TEST DOUBLE — not the pingding server.
// A stand-in for the few routes of src/server/** the first browser tests need (session, demo
// accounts, health), used only when the real server cannot be started (see app.ts:
// PINGDING_BROWSER_API=stub, or no src/server/start.ts). It keeps the real contract's shapes
// (src/server/routes/session.ts, demo.ts): `loginName`, the `Me` answer, `{ notice, accounts }`,
// `{ error: { code, message, issues: [{ path, code, message }] } }`, 401 without a session.
// Nothing here is used outside test/browser.
// ============================================================================================
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor } from '../../../src/workflow/actor.ts';

interface StubAccount {
  loginName: string;
  password: string;
  actor: Actor;
}

const PASSWORD = 'demo-pass';

/** One demo account per role (演示数据: every name is fictitious). */
export const STUB_ACCOUNTS: readonly StubAccount[] = [
  {
    loginName: 'demo-enterprise',
    password: PASSWORD,
    actor: {
      accountId: 'stub-1',
      role: 'enterprise',
      displayName: '温州瓯江智造科技有限公司（演示）',
      enterpriseUscc: '91330302MAR6FJP20Q',
    },
  },
  {
    loginName: 'demo-county',
    password: PASSWORD,
    actor: {
      accountId: 'stub-2',
      role: 'county_office',
      displayName: '瑞安市投资促进中心（演示）',
      jurisdiction: '瑞安市',
    },
  },
  {
    loginName: 'demo-tax',
    password: PASSWORD,
    actor: {
      accountId: 'stub-3',
      role: 'department',
      displayName: '市税务局核实员（演示）',
      department: 'tax',
    },
  },
  {
    loginName: 'demo-city',
    password: PASSWORD,
    actor: { accountId: 'stub-4', role: 'city_bureau', displayName: '市投资促进局经办人（演示）' },
  },
  {
    loginName: 'demo-leading-group',
    password: PASSWORD,
    actor: {
      accountId: 'stub-5',
      role: 'leading_group',
      displayName: '领导小组办公室（演示）',
    },
  },
  {
    loginName: 'demo-admin',
    password: PASSWORD,
    actor: { accountId: 'stub-6', role: 'admin', displayName: '系统管理员（演示）' },
  },
];

const COOKIE = 'pingding_stub_session';

/** A request handler for `/api/**`; each instance keeps its own sessions. */
export function createStubApi(): (req: IncomingMessage, res: ServerResponse) => void {
  const sessions = new Map<string, Actor>();
  const me = (token: string, actor: Actor) => ({
    accountId: actor.accountId,
    loginName: STUB_ACCOUNTS.find((a) => a.actor === actor)?.loginName ?? token,
    displayName: actor.displayName,
    role: actor.role,
    roleLabel: actor.role,
    jurisdiction: actor.jurisdiction ?? null,
    department: actor.department ?? null,
    enterpriseUscc: actor.enterpriseUscc ?? null,
    demo: true,
  });

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const english = (req.headers['accept-language'] ?? '').startsWith('en');
    const say = (zh: string, en: string) => (english ? en : zh);
    const token = readCookie(req, COOKIE);
    const actor = token ? sessions.get(token) : undefined;
    const route = `${req.method} ${url.pathname}`;

    if (route === 'GET /api/health')
      return send(res, 200, { status: 'ok', stub: true, demo: true });
    if (route === 'GET /api/demo/clock') return send(res, 200, { today: '2026-03-02', set: false });
    if (route === 'GET /api/demo/accounts') {
      return send(res, 200, {
        notice: say('演示模式（测试替身）。', 'Demo mode (test double).'),
        accounts: STUB_ACCOUNTS.map((a) => ({
          loginName: a.loginName,
          password: a.password,
          displayName: a.actor.displayName,
          role: a.actor.role,
          roleLabel: a.actor.role,
          description: a.actor.jurisdiction ?? a.actor.department ?? a.actor.role,
        })),
      });
    }
    if (route === 'GET /api/session') {
      if (!actor) return fail(res, 401, 'unauthenticated', say('未登录。', 'Not signed in.'));
      return send(res, 200, me(token!, actor));
    }
    if (route === 'DELETE /api/session') {
      if (token) sessions.delete(token);
      res.setHeader('Set-Cookie', `${COOKIE}=; Path=/; HttpOnly; Max-Age=0`);
      return send(res, 204);
    }
    if (route === 'POST /api/session') {
      return void readJson(req).then((body) => {
        const { loginName, password } = (body ?? {}) as Record<string, unknown>;
        const issues = [];
        if (typeof loginName !== 'string' || loginName === '') {
          const message = say('登录名：必须填写', 'Login name: required');
          issues.push({ path: 'loginName', code: 'required', message });
        }
        if (typeof password !== 'string' || password === '') {
          const message = say('密码：必须填写', 'Password: required');
          issues.push({ path: 'password', code: 'required', message });
        }
        if (issues.length > 0) {
          return fail(res, 400, 'invalid_request', say('请求有误。', 'Invalid request.'), issues);
        }
        const account = STUB_ACCOUNTS.find((a) => a.loginName === loginName);
        if (!account || account.password !== password) {
          return fail(
            res,
            401,
            'invalid_credentials',
            say('登录名或密码不正确，或账户已停用。', 'Wrong login name or password.'),
          );
        }
        const fresh = randomBytes(16).toString('hex');
        sessions.set(fresh, account.actor);
        res.setHeader('Set-Cookie', `${COOKIE}=${fresh}; Path=/; HttpOnly; SameSite=Lax`);
        return send(res, 200, me(fresh, account.actor));
      });
    }
    return fail(res, 404, 'not_found', say('没有这个接口。', 'No such route.'));
  };
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function fail(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  issues: { path: string; code: string; message: string }[] = [],
): void {
  send(res, status, { error: { code, message, issues } });
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
