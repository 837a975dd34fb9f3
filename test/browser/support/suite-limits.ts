/**
 * Settings for the servers the browser journeys start. A run signs the same demo accounts in
 * from one address many times a minute, in several browsers at once, and keeps one API session
 * per account for a whole file: the sign-in rate limits and the per-account session limit (their
 * own tests: test/server/sign-in-security.test.ts) would end one journey's session while another
 * signs in.
 * @example serverConfig({ PORT: '0', ...JOURNEY_LIMITS })
 */
export const JOURNEY_LIMITS = {
  PINGDING_SESSIONS_PER_ACCOUNT: '100',
  PINGDING_RATE_SIGN_IN_PER_CLIENT: '10000',
  PINGDING_RATE_SIGN_IN_PER_ACCOUNT: '10000',
  PINGDING_RATE_OBJECTIONS_PER_CLIENT: '10000',
  PINGDING_RATE_OBJECTION_LOOKUPS_PER_CLIENT: '10000',
} as const;
