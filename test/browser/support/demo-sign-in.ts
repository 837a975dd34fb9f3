import type { Page } from 'playwright-core';
import type { Role } from '../../../src/workflow/actor.ts';

/** Where each role lands after signing in (web/src/routes/role-sections.tsx). */
export const ROLE_HOMES: Record<Role, string> = {
  enterprise: '/enterprise',
  county_office: '/county',
  department: '/department',
  city_bureau: '/city',
  leading_group: '/leading-group',
  water_office: '/water',
  water_county: '/water-county',
  relief_office: '/relief',
  relief_township: '/township',
  admin: '/admin',
};

/**
 * Signs in with the first demo account of `role`, by its one-click button on the sign-in page,
 * and waits for the role's home page.
 */
export async function signInAs(page: Page, baseUrl: string, role: Role): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator(`[data-testid="demo-accounts"] button[data-role="${role}"]`).first().click();
  await page.waitForURL(`${baseUrl}${ROLE_HOMES[role]}`);
  await page.getByTestId('welcome-bar').waitFor();
}

/** The login name and password of the first demo account of `role`, from the running app. */
export async function demoCredentials(
  baseUrl: string,
  role: Role,
): Promise<{ loginName: string; password: string }> {
  const response = await fetch(`${baseUrl}/api/demo/accounts`);
  if (!response.ok) throw new Error(`GET /api/demo/accounts: HTTP ${response.status}`);
  const { accounts } = (await response.json()) as {
    accounts: { loginName: string; password: string; role: Role }[];
  };
  const account = accounts.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return { loginName: account.loginName, password: account.password };
}
