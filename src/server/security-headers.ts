import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env.ts';

/** HSTS for a year, subdomains included, once the service is known to be reached over TLS. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The headers a browser needs to protect the people using the service (等保2.0 三级 asks for
 * them): a Content-Security-Policy that lets run only the app's own script files (no inline
 * script, no eval, no other site), embeds nothing from elsewhere and lets no other site frame the
 * pages; no MIME sniffing; no referrer sent to other sites; HSTS only when `https` says the
 * service is reached over TLS (on http://localhost it would lock the browser out).
 * Styles may be inline: Ant Design writes its styles at run time.
 * @example app.use('*', securityHeaders({ https: true }))
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
    },
    xFrameOptions: 'SAMEORIGIN',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'same-origin',
    strictTransportSecurity: options.https ? HSTS : false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    originAgentCluster: true,
    xDnsPrefetchControl: 'off',
    xDownloadOptions: 'noopen',
    xPermittedCrossDomainPolicies: 'none',
    xXssProtection: '0',
  });
}
