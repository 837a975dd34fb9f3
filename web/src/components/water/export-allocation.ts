// The allocation as a workbook (receivers with base, reward, total; then the contributions),
// written in the browser. Loaded on demand: exceljs is large.
import type { TFunction } from 'i18next';
import { writeXlsx } from '../../../../src/engine/table/write-xlsx.ts';
import type { WaterRun } from '../../api/water.ts';
import { sumDecimals } from './money.ts';

/** Downloads the run as .xlsx; amounts are written exactly as the server computed them. */
export async function exportAllocationXlsx(run: WaterRun, t: TFunction, fileName: string) {
  const notes = [
    t('water.export.heading', { year: run.year, version: run.version }),
    run.parametersVersion,
    ...(run.synthetic ? [t('water.common.syntheticRun')] : []),
  ];
  const money = (key: string, header: string) =>
    ({ key, header, kind: 'decimal', places: 2, width: 18 }) as const;
  const bytes = await writeXlsx([
    {
      name: t('water.export.allocationSheet'),
      notes,
      columns: [
        { key: 'county', header: t('water.common.county'), width: 14 },
        { key: 'group', header: t('water.export.group'), width: 8 },
        { key: 'place', header: t('water.export.place'), kind: 'integer', width: 8 },
        { key: 'score', header: t('water.allocation.score'), kind: 'decimal', places: 4 },
        money('base', t('water.allocation.base')),
        money('reward', t('water.allocation.reward')),
        money('total', t('water.allocation.total')),
        { key: 'tie', header: t('water.allocation.tie'), width: 8 },
      ],
      records: [
        ...run.allocations.map((a) => ({
          county: a.county,
          group: a.group,
          place: String(a.place),
          score: a.score,
          base: a.base,
          reward: a.reward,
          total: a.total,
          tie: a.tie ? 'WD2' : '',
        })),
        {
          county: t('water.allocation.totalRow'),
          group: '',
          place: '',
          score: '',
          base: sumDecimals(run.allocations.map((a) => a.base)),
          reward: sumDecimals(run.allocations.map((a) => a.reward)),
          total: sumDecimals(run.allocations.map((a) => a.total)),
          tie: '',
        },
      ],
    },
    {
      name: t('water.export.contributionSheet'),
      notes,
      columns: [
        { key: 'county', header: t('water.ledger.payer'), width: 16 },
        money('amount', t('water.ledger.amount')),
        { key: 'ofWhich', header: t('water.export.ofWhich'), width: 30 },
      ],
      records: run.contributions.map((c) => ({
        county: c.county,
        amount: c.amount,
        ofWhich: (c.ofWhich ?? []).map((p) => `${p.name} ${p.amount}`).join('；'),
      })),
    },
  ]);
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
