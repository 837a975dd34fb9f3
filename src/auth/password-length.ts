/**
 * How long a password may be. Kept apart from the other password rules, which read the published
 * demo passwords on the server, so that the sign-in and password screens can show the same limits.
 * @example MIN_PASSWORD_LENGTH // 10
 */
export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase; bounded so nobody makes the server hash a megabyte. */
export const MAX_PASSWORD_LENGTH = 128;
