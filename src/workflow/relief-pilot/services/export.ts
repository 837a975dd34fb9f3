import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { ColumnSpec } from '../../../engine/table/table.ts';
import { writeCsv } from '../../../engine/table/write-csv.ts';
import { writeXlsx } from '../../../engine/table/write-xlsx.ts';
import { WARNING_LEVEL_LABELS } from '../../../methods/medical-relief/warning-level.ts';
import { DEMO_NOTE } from '../../../methods/medical-relief/demo.ts';
import type { Database } from '../../../store/database.ts';
import { openIdNumber, openRunOutOfPocket } from '../../../store/relief-sealed.ts';
import {
  reliefFamily,
  reliefMember,
  reliefPayment,
  reliefRunFamily,
} from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction } from '../../hq-rating/services/context.ts';
import { countyOrder } from '../family-rows.ts';
import { fromColumn, money } from '../money.ts';
import { reliefView, shownId } from '../permissions.ts';
import { audit } from '../record.ts';
import { latestRunId } from './family-records.ts';
import { checkYear } from './fund.ts';

export interface ExportFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * The year's results (its latest run) as .xlsx or .csv, masked exactly as the screens are: the ID
 * number masked for the federation and the townships, the out-of-pocket cost for medical insurance
 * only, the relief and payment for medical insurance and the federation, a township its own rows.
 */
export async function exportResults(
  db: Database,
  actor: Actor | null,
  input: { year: number; format: 'xlsx' | 'csv' },
): Promise<ExportFile> {
  const view = reliefView(actor, { zh: '导出化解结果', en: 'export the results' });
  checkYear(input.year);
  return inTransaction(db, async (tx) => {
    const runId = await latestRunId(tx, input.year);
    if (!runId) {
      throw new WorkflowError('conflict', 'no_run', {
        zh: `${input.year} 年度尚未计算化解金额`,
        en: `no relief run has been made for ${input.year} yet`,
      });
    }
    const filters: SQL[] = [eq(reliefRunFamily.runId, runId), eq(reliefRunFamily.covered, true)];
    if (view.place) {
      filters.push(
        eq(reliefRunFamily.county, view.place.county),
        eq(reliefRunFamily.township, view.place.township),
      );
    }
    const rows = await tx
      .select({
        row: reliefRunFamily,
        synthetic: reliefFamily.synthetic,
        headName: reliefMember.name,
        headId: reliefMember.idNumber,
        paid: reliefPayment.id,
      })
      .from(reliefRunFamily)
      .innerJoin(reliefFamily, eq(reliefFamily.id, reliefRunFamily.familyId))
      .leftJoin(
        reliefMember,
        and(eq(reliefMember.familyId, reliefFamily.id), eq(reliefMember.isHead, true)),
      )
      .leftJoin(
        reliefPayment,
        and(eq(reliefPayment.familyId, reliefFamily.id), eq(reliefPayment.year, input.year)),
      )
      .where(and(...filters))
      .orderBy(
        countyOrder(reliefRunFamily.county),
        asc(reliefRunFamily.township),
        asc(reliefRunFamily.familyCode),
      );
    const columns: ColumnSpec[] = [
      { key: 'family_code', header: '家庭编号', width: 12 },
      { key: 'county', header: '县（市、区）', width: 10 },
      { key: 'township', header: '乡镇（街道）', width: 10 },
      { key: 'head_name', header: '户主姓名', width: 10 },
      {
        key: 'head_id_number',
        header: view.fullIds ? '户主身份证号码' : '户主身份证号码（已脱敏）',
        width: 22,
      },
      { key: 'category', header: '类别', kind: 'integer' },
      { key: 'members', header: '家庭人口', kind: 'integer' },
      { key: 'insured_members', header: '参保人数', kind: 'integer' },
      ...(view.health
        ? [
            {
              key: 'out_of_pocket',
              header: '个人自付（元）',
              kind: 'decimal',
              places: 2,
              width: 14,
            } as ColumnSpec,
          ]
        : []),
      ...(view.relief
        ? [
            {
              key: 'relief',
              header: '化解金额（元）',
              kind: 'decimal',
              places: 2,
              width: 14,
            } as ColumnSpec,
          ]
        : []),
      { key: 'warning', header: '预警等级', width: 12 },
      ...(view.relief ? [{ key: 'paid', header: '已拨付', width: 8 } as ColumnSpec] : []),
      { key: 'note', header: '备注', width: 30 },
    ];
    const records = rows.map(({ row, synthetic, headName, headId, paid }) => ({
      family_code: row.familyCode,
      county: row.county,
      township: row.township,
      head_name: headName ?? '',
      head_id_number: headId ? shownId(view, openIdNumber(headId)) : '',
      category: String(row.category),
      members: String(row.members),
      insured_members: String(row.insuredMembers),
      ...(view.health
        ? { out_of_pocket: money(fromColumn(openRunOutOfPocket(row.outOfPocket))) }
        : {}),
      ...(view.relief ? { relief: money(fromColumn(row.relief)), paid: paid ? '是' : '否' } : {}),
      warning: WARNING_LEVEL_LABELS[row.level].zh,
      note: synthetic ? DEMO_NOTE : '',
    }));
    await audit(tx, actor, {
      action: 'relief.results.export',
      entity: 'relief_run',
      entityId: runId,
      after: {
        year: input.year,
        format: input.format,
        rows: records.length,
        families: records.map((record) => record.family_code),
        idsMasked: !view.fullIds,
      },
    });
    const name = `医保纾困化解结果-${input.year}`;
    if (input.format === 'csv') {
      return {
        fileName: `${name}.csv`,
        contentType: 'text/csv; charset=utf-8',
        bytes: new TextEncoder().encode(writeCsv(columns, records)),
      };
    }
    const bytes = await writeXlsx([
      {
        name: `${input.year}年度化解结果`,
        columns,
        records,
      },
    ]);
    return {
      fileName: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    };
  });
}
