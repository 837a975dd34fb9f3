import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './env.ts';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'pingding_session';

/**
 * Secure when the service is set to be reached over TLS (PINGDING_HTTPS=1), or the request came
 * over HTTPS (directly or behind a proxy that says so); on http://localhost a Secure cookie would
 * never come back.
 */
function secure(c: Context<AppEnv>): boolean {
  return (
    c.var.https ||
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('x-forwarded-proto') === 'https'
  );
}

/** The session token the browser sent, if any. */
export function sessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * Sets the session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent with
 * cross-site posts), path /. No Max-Age: it lasts while the browser is open, and the server ends
 * the session after 8 idle hours anyway.
 */
export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c),
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c),
  });
}
