import { afterEach, beforeAll, inject } from 'vitest';
import type { RunningApp } from './app.ts';
import {
  checkBrowserPrerequisites,
  DESKTOP,
  openBrowser,
  type OpenBrowser,
  type Viewport,
} from './browser.ts';

export interface BrowserSuite {
  /** The app's address, e.g. `suite.url('/login')`. */
  url(path: string): string;
  /** Which API answers (real server or stub). */
  api(): RunningApp['api'];
  /**
   * A fresh browser (own profile) at `viewport`, in China time unless `timezoneId` says otherwise;
   * closed, and its console checked, after the test.
   */
  open(viewport?: Viewport, timezoneId?: string): Promise<OpenBrowser>;
}

/**
 * Call once at the top of a `*.browser.test.ts` file. The app is started once for the whole run
 * (global-setup.ts); after each test the suite closes the test's browsers and fails the test if
 * any console error or uncaught exception occurred.
 */
export function browserSuite(): BrowserSuite {
  let opened: OpenBrowser[] = [];

  beforeAll(() => checkBrowserPrerequisites());
  afterEach(async () => {
    const browsers = opened;
    opened = [];
    const errors = browsers.flatMap((b) => b.errors);
    await Promise.all(browsers.map((b) => b.close()));
    if (errors.length > 0) {
      throw new Error(`The browser reported errors:\n${errors.join('\n')}`);
    }
  });

  return {
    url: (path) => inject('browserAppUrl') + path,
    api: () => inject('browserApi'),
    open: async (viewport = DESKTOP, timezoneId?: string) => {
      const browser = await openBrowser(viewport, timezoneId);
      opened.push(browser);
      return browser;
    },
  };
}
