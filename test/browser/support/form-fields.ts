// How a person works an Ant Design form: picking an option they can read in a select, and finding
// a field whose control (a select, a radio group) no label element points at.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens a select (by test id, or a locator of it) and clicks the option whose label is `text`, or
 * contains it unless `exact`, as a person does; then checks the select reads that option, so a
 * choice that did not take fails here and not three screens on.
 */
export async function choose(
  page: Page,
  select: string | Locator,
  text: string,
  { exact = false }: { exact?: boolean } = {},
): Promise<void> {
  const field = typeof select === 'string' ? page.getByTestId(select) : select;
  await field.click();
  // Typing narrows a searchable select (a long list shows only part of itself) and does nothing
  // to the others.
  await page.keyboard.type(text);
  const dropdown = page.locator('.ant-select-dropdown:visible').last();
  const options = dropdown.locator('.ant-select-item-option');
  const option = exact
    ? options.filter({ has: page.getByText(text, { exact: true }) })
    : options.filter({ hasText: text });
  await option.first().waitFor();
  // The keyboard when the highlighted option is the one (what typing into a searchable list
  // leaves); a click otherwise, again if it landed while the list was still narrowing.
  const active = dropdown.locator('.ant-select-item-option-active');
  const activeText = (await active.count()) > 0 ? (await active.first().innerText()).trim() : '';
  if (exact ? activeText === text : activeText.includes(text)) {
    await page.keyboard.press('Enter');
    await dropdown.waitFor({ state: 'hidden' });
  } else {
    for (let attempt = 1; ; attempt++) {
      await option.first().click();
      try {
        await dropdown.waitFor({ state: 'hidden', timeout: 3_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }
  expect(await field.innerText()).toContain(text);
}

/** The form item of a field, by its exact label: for selects and radios, which no label names. */
export const fieldItem = (page: Page, within: Locator, label: string): Locator =>
  within.locator('.ant-form-item').filter({ has: page.locator(`label:text-is("${label}")`) });
