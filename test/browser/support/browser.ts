import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type ConsoleMessage,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';
import { WEB_DIST } from './static-files.ts';

/** Debian's Chromium (scripts/ensure-browser.sh); playwright-core downloads no browser. */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-artifacts/screenshots');

export const DESKTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface Viewport {
  width: number;
  height: number;
}

/** A browser of its own (fresh profile) with one page, and the console errors seen so far. */
export interface OpenBrowser {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, except those declared expected. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Network answers the app expects and handles, which Chromium still logs as console errors:
 * "not signed in" when the app asks who is signed in.
 */
const EXPECTED_RESOURCE_ERRORS: { path: string; status: number }[] = [
  { path: '/api/session', status: 401 },
];

function isExpected(message: ConsoleMessage): boolean {
  const text = message.text();
  if (!text.startsWith('Failed to load resource')) return false;
  const url = message.location().url;
  if (!url) return false;
  const { pathname } = new URL(url);
  return EXPECTED_RESOURCE_ERRORS.some(
    (e) => e.path === pathname && text.includes(`status of ${e.status}`),
  );
}

// The build under test: web/dist, or PINGDING_WEB_DIST (a build of one's own).
const WEB_INDEX = join(WEB_DIST, 'index.html');

/** Fails early and clearly when the web build, Chromium or a CJK font is missing. */
export function checkBrowserPrerequisites(): void {
  if (!existsSync(WEB_INDEX)) throw new Error('web/dist is missing: run `npm run build:web`');
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/ensure-browser.sh`);
  }
  const fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.trim() === '') {
    throw new Error('No CJK font: Chinese would render as boxes. Run scripts/ensure-browser.sh');
  }
}

/**
 * Launches Chromium with a fresh user-data dir, in Chinese (zh-CN) and China time, or in another
 * zone to prove that what the screens show does not follow the browser's.
 */
export async function openBrowser(
  viewport: Viewport = DESKTOP,
  timezoneId = 'Asia/Shanghai',
): Promise<OpenBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pingding-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: 'zh-CN',
    timezoneId,
  });
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && !isExpected(message)) {
      errors.push(`console: ${message.text()} (${message.location().url || 'no url'})`);
    }
  });
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    errors,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves `test-artifacts/screenshots/<name>.png` (the whole page) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' }); // transitions finished
  return path;
}

/** How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  const overflow = await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  return Number(overflow);
}

/** Whether every element `locator` matches lies within the viewport's width (not cut or hidden). */
export async function allWithinViewportWidth(page: Page, locator: Locator): Promise<boolean> {
  const width = page.viewportSize()?.width ?? 0;
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > width) return false;
  }
  return true;
}

/**
 * Forgives a refusal a test provokes on purpose: Chromium logs every 4xx answer as a console
 * error, which the suite counts as a failure. Waits for that line (it can come after the page has
 * shown the refusal), then removes it alone, so any other error still fails the test. With
 * `{ ifAny: true }` a refusal that may or may not happen is forgiven without waiting.
 * @example await forgiveRefusal(browser, '/benefit-claims', 409)
 */
export async function forgiveRefusal(
  browser: OpenBrowser,
  path: string,
  status: number,
  options: { ifAny?: boolean } = {},
): Promise<void> {
  const expected = (line: string) => line.includes(`status of ${status}`) && line.includes(path);
  if (!options.ifAny) {
    await expect
      .poll(() => browser.errors.some(expected), { message: `a refused ${path} (HTTP ${status})` })
      .toBe(true);
  }
  const kept = browser.errors.filter((line) => !expected(line));
  browser.errors.splice(0, browser.errors.length, ...kept);
}
