// Times on screen are China time whatever zone the browser runs in: the city bureau's rating page
// in a browser set to New York shows the run's time as the server's UTC instant plus eight hours.
import { expect, test } from 'vitest';
import { DESKTOP } from './support/browser.ts';
import { signInAs } from './support/demo-sign-in.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

/** `YYYY-MM-DD HH:mm` of an instant in China (UTC+8, no daylight saving). */
const china = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

test('a browser in New York sees the rating run’s time in China time', async () => {
  const { page } = await suite.open(DESKTOP, 'America/New_York');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
    'America/New_York',
  );
  await signInAs(page, suite.url(''), 'city_bureau');
  await page.goto(suite.url('/city/rating'));
  await page.getByTestId('rating-table').waitFor();
  const runs = (await page.evaluate(async () => {
    const batches = (await (await fetch('/api/hq/batches')).json()) as {
      batches: { id: string }[];
    };
    // Every batch's runs: the page shows one of them, whichever batch it opens on.
    return Promise.all(
      batches.batches.map(async ({ id }) => (await fetch(`/api/hq/batches/${id}/runs`)).json()),
    );
  })) as ({ runs?: { createdAt: string }[] } | { createdAt: string }[])[];
  const list = runs.flatMap((one) => (Array.isArray(one) ? one : (one.runs ?? [])));
  const times = list.map((run) => china(run.createdAt));
  expect(times.length).toBeGreaterThan(0);
  const body = await page.locator('body').innerText();
  expect(times.some((time) => body.includes(time))).toBe(true);
  // …and not the time as New York would read it.
  const newYork = list.map((run) =>
    new Date(new Date(run.createdAt).getTime() - 5 * 3600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' '),
  );
  expect(newYork.some((time) => body.includes(time))).toBe(false);
});
