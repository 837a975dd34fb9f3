/**
 * Starts a throwaway PostgreSQL server (see throwaway.ts).
 *
 *   node bin/run-ts.js scripts/postgres/run.ts
 *     prints the server URL and keeps it up until Ctrl-C / SIGTERM;
 *   node bin/run-ts.js scripts/postgres/run.ts -- npx vitest run
 *     runs the command with TEST_DATABASE_URL set, then stops the server.
 * Either way the server and its files are gone afterwards.
 */
import { spawn } from 'node:child_process';
import { startThrowawayPostgres } from './throwaway.ts';

const args = process.argv.slice(2);
const command = args[0] === '--' ? args.slice(1) : args;

const server = await startThrowawayPostgres();

if (command.length === 0) {
  console.log(server.url);
  // Signal listeners alone do not keep Node running; the timer does.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearInterval(keepAlive);
  await server.stop();
} else {
  const [program = '', ...rest] = command;
  const child = spawn(program, rest, {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  const code = await new Promise<number>((resolve) => {
    child.once('error', (error) => {
      console.error(error.message);
      resolve(127);
    });
    child.once('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  await server.stop();
  process.exitCode = code;
}
