import type { Family } from './family.ts';

/**
 * M1 (90号 二): the method covers the second category of relatively low-income families as the
 * civil-affairs department determines it. MD4: any other category is not relieved here.
 * @example isCoveredCategory(2, { category: 2 }) // true
 */
export function isCoveredCategory(category: number, covered: { category: number }): boolean {
  return category === covered.category;
}

/**
 * MD4: splits a year's families into those this method relieves and those it leaves out (which the
 * caller names in the warnings), each list in file order.
 * @example splitByCategory(families, { category: 2 }).excluded.map((f) => f.familyId) // ['F003']
 */
export function splitByCategory(
  families: readonly Family[],
  covered: { category: number },
): { covered: Family[]; excluded: Family[] } {
  const result = { covered: [] as Family[], excluded: [] as Family[] };
  for (const family of families) {
    (isCoveredCategory(family.category, covered) ? result.covered : result.excluded).push(family);
  }
  return result;
}
