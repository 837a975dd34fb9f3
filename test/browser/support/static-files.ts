import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The built web app (`npm run build:web`). */
export const WEB_DIST =
  process.env.PINGDING_WEB_DIST ?? resolve(import.meta.dirname, '../../../web/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `web/dist` as a single-page app: a file when one matches, else index.html (client routes
 * such as /login or /city/rating). A path that does not stay inside web/dist is refused.
 */
export function serveWebDist(req: IncomingMessage, res: ServerResponse): void {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('web/dist is missing: run `npm run build:web`');
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(WEB_DIST, pathname));
  if (file !== WEB_DIST && !file.startsWith(WEB_DIST + sep)) {
    res.writeHead(403).end();
    return;
  }
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile && extname(pathname) !== '') {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const served = isFile ? file : join(WEB_DIST, 'index.html');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  createReadStream(served).pipe(res);
}
