import { readFileSync } from 'node:fs';
import { readCsv } from '../table/read-csv.ts';

/** A real enterprise from the 2023 Wenzhou lists (温政办〔2023〕89号): name and county are facts. */
export interface PublicEnterprise {
  name: string;
  county: string;
  list: string;
}

const FILES = [
  'wenzhou-2023-leading-industrial-enterprises.csv',
  'wenzhou-2023-high-growth-industrial-enterprises.csv',
];

/**
 * The 100 leading and 195 high-growth industrial enterprises of Wenzhou, 2023, in list order.
 * @example publicEnterprises()[0].name // '浙江禾本科技股份有限公司'
 */
export function publicEnterprises(): PublicEnterprise[] {
  return FILES.flatMap((file) => {
    const bytes = readFileSync(new URL(`../../../data/${file}`, import.meta.url));
    return readCsv(bytes, { required: ['county', 'name', 'list'] }).rows.map(({ cells }) => ({
      name: cells.name!,
      county: cells.county!,
      list: cells.list!,
    }));
  });
}
