import { ROLE_LABELS } from '../workflow/actor.ts';
import { serverConfig } from './config.ts';
import { isLoopbackHost } from './demo/setup.ts';
import type { DemoAccount } from './demo/accounts.ts';
import { startServer, type RunningServer } from './start.ts';

/**
 * `npm start`: the pingding service on http://localhost:3000 (PORT), with the embedded database
 * in .data/pglite (DATA_DIR) or a PostgreSQL server (DATABASE_URL). Prints what a person needs to
 * sign in; stops cleanly on Ctrl-C so PGlite's files are left consistent.
 */
const config = serverConfig();
let server: RunningServer;
try {
  server = await startServer(config);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    busy
      ? `端口 ${config.port} 已被占用，可用 PORT=其他端口 npm start / port ${config.port} is in use; set PORT`
      : `启动失败 / could not start: ${message}`,
  );
  process.exit(1);
}

const where =
  server.database.kind === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite ${config.dataDir} (DATA_DIR)`;
const lines = [
  '',
  `pingding 评定 ${config.version} 已启动 / is running: ${server.url}`,
  `数据库 / database: ${where}`,
  `接口说明 / API: ${server.url}/api/openapi.json`,
];
if (server.demoAccounts) {
  lines.push(
    '',
    '演示模式（数据为虚构，密码公开）。正式使用请换一个新的空数据库（另设 DATA_DIR 或 DATABASE_URL）并设 PINGDING_DEMO=0：',
    '  演示账户在非演示模式下一律不能登录，首次启动会创建正式的系统管理员（首次登录须改密码）',
    'Demo mode (invented data, public passwords). For real use, start on a new empty database (another',
    '  DATA_DIR or DATABASE_URL) with PINGDING_DEMO=0: demo accounts never sign in outside demo mode, and',
    '  the first start creates a real administrator, who must change the password at first sign-in',
    isLoopbackHost(config.host)
      ? ''
      : `警告：演示模式正对外提供（HOST=${config.host}，PINGDING_DEMO_PUBLIC=1），任何人都能用公开密码登录 / ` +
          `WARNING: demo mode is reachable from other machines (HOST=${config.host}); anyone can sign in with the public passwords`,
    server.seeded ? '演示申报数据已就绪 / demo records in place' : '',
    server.demoClock?.isSet()
      ? `演示日期 / demo date: ${server.demoClock.today()} (PINGDING_TODAY, POST /api/demo/clock)`
      : '',
    '',
    ...accountTable(server.demoAccounts),
  );
}
if (server.firstAdmin) {
  lines.push(
    '',
    `已创建管理员账户 / administrator created: ${server.firstAdmin.loginName}`,
    `初始密码（只显示这一次，首次登录须修改）/ initial password (shown once; must be changed at first sign-in): ${server.firstAdmin.password}`,
  );
}
if (!server.demoAccounts) {
  lines.push(
    `登录空闲 ${config.sessionPolicy.idleMs / 60_000} 分钟或满 ${config.sessionPolicy.maxMs / 3_600_000} 小时自动退出 / ` +
      `sessions end after ${config.sessionPolicy.idleMs / 60_000} idle minutes or ${config.sessionPolicy.maxMs / 3_600_000} hours`,
  );
}
lines.push('', '按 Ctrl-C 停止 / Ctrl-C to stop', '');
console.log(lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('正在停止 / stopping…');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

/** The demo accounts as aligned columns, each as wide as its longest entry. */
function accountTable(list: readonly DemoAccount[]): string[] {
  const loginWidth = Math.max(14, ...list.map((a) => a.loginName.length)) + 2;
  const passwordWidth = Math.max(15, ...list.map((a) => a.password.length)) + 2;
  return [
    `${'登录名 / login'.padEnd(loginWidth)}${'密码 / password'.padEnd(passwordWidth)}角色 / role`,
    ...list.map(
      (a) =>
        `${a.loginName.padEnd(loginWidth)}${a.password.padEnd(passwordWidth)}${ROLE_LABELS[a.role].zh}  ${a.displayName}`,
    ),
  ];
}
