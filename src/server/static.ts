import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serves the built web app from `dist` for every GET outside /api: the file when it exists, else
 * index.html so the app's own router handles the path (SPA fallback). Looked up per request, so a
 * web build made while the server runs is picked up. Without a build, `/` explains what is missing.
 * @example app.get('*', webApp('/work/main/web/dist'))
 */
export function webApp(dist: string | null): MiddlewareHandler<AppEnv> {
  const root = dist ? resolve(dist) : null;
  return async (c, next) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) return next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (!root || !existsSync(join(root, 'index.html'))) {
      return path === '/' ? c.html(placeholder(c.var.lang)) : next();
    }
    const file = await existingFile(root, path);
    if (file) return sendFile(file, path.startsWith('/assets/'));
    return sendFile(join(root, 'index.html'), false);
  };
}

/** The file a path names inside `root`, or null; never a file outside it. */
async function existingFile(root: string, path: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Hashed build assets never change; index.html must always be fetched again. */
async function sendFile(file: string, immutable: boolean): Promise<Response> {
  return new Response(await readFile(file), {
    headers: {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}

function placeholder(lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>pingding 评定</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.6">
<h1>pingding 评定</h1>
<p>${zh ? '服务已启动。网页界面尚未构建（web/dist 不存在）。' : 'The service is running. The web app has not been built (no web/dist).'}</p>
<ul>
<li><a href="/api/health">/api/health</a> — ${zh ? '运行状态' : 'health'}</li>
<li><a href="/api/openapi.json">/api/openapi.json</a> — ${zh ? '接口说明（OpenAPI）' : 'API description (OpenAPI)'}</li>
<li><a href="/api/demo/accounts">/api/demo/accounts</a> — ${zh ? '演示账户（仅演示模式）' : 'demo accounts (demo mode only)'}</li>
</ul></body></html>`;
}
