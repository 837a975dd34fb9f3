/**
 * Whether a published list takes objections on the procedure's date: during its publicity
 * period only (88号 三、5). The service refuses outside it, and the screen offers no form there.
 * Pure: the web app reads it through web/src/shared.ts.
 * @example objectionsOpen({ state: 'publicity', publicityStartsOn: '2026-12-07', publicityEndsOn: '2026-12-15' }, '2026-12-19') // false
 */
export function objectionsOpen(
  list:
    { state: string; publicityStartsOn: string | null; publicityEndsOn: string | null } | undefined,
  today: string,
): boolean {
  if (!list || list.state !== 'publicity') return false;
  const { publicityStartsOn: from, publicityEndsOn: to } = list;
  return from !== null && to !== null && from <= today && today <= to;
}

/** A list still marked in publicity whose period is over: it waits for the bureau to confirm. */
export function publicityOver(
  list: { state: string; publicityEndsOn: string | null },
  today: string,
): boolean {
  return (
    list.state === 'publicity' && list.publicityEndsOn !== null && today > list.publicityEndsOn
  );
}
