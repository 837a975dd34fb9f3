/** Where the password change lives: the user menu links here, and a forced change sends here. */
export const PASSWORD_PAGE = '/account/password';
