import { and, eq } from 'drizzle-orm';
import { Exact } from '../../../engine/exact/exact.ts';
import { reliefParameters } from '../../../methods/medical-relief/parameters.ts';
import type { Database } from '../../../store/database.ts';
import { reliefPayment, reliefRun, reliefRunFamily } from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { fromColumn, money, sum } from '../money.ts';
import { requireOffice } from '../permissions.ts';
import { audit, familyNotFound, lockFund, runNotFound } from '../record.ts';
import { latestRunId } from './family-records.ts';
import { fundFigures } from './fund.ts';

export interface PaymentView {
  id: string;
  year: number;
  runId: string;
  familyId: string;
  familyCode: string;
  county: string;
  amount: string;
  paidOn: string;
}

/**
 * Pays relief from the county funds (charity federation, M4): one family, or every family of the
 * run with a relief not yet paid (all or nothing). The run must be approved and the year's latest;
 * a family is paid once a year (MD1; also a unique index); a county's balance may not go below
 * zero; a family outside the pilot area has no fund here (M2).
 */
export async function payRelief(
  db: Database,
  actor: Actor | null,
  input: { runId: string; familyId?: string; all?: boolean },
  options?: ServiceOptions,
): Promise<{ payments: PaymentView[]; total: string }> {
  const view = requireOffice(actor, ['charity_federation'], {
    zh: '拨付化解资金',
    en: 'pay relief',
  });
  const now = moment(options);
  return inTransaction(db, async (tx) => {
    await lockFund(tx);
    const [run] = await tx.select().from(reliefRun).where(eq(reliefRun.id, input.runId));
    if (!run) throw runNotFound(input.runId);
    if (run.state !== 'approved') {
      throw new WorkflowError('conflict', 'run_not_approved', {
        zh: '该次化解计算尚未经慈善总会审批，不能拨付',
        en: 'this relief run is not approved yet, so nothing can be paid from it',
      });
    }
    if ((await latestRunId(tx, run.year)) !== run.id) {
      throw new WorkflowError('conflict', 'run_not_latest', {
        zh: `${run.year} 年度已有更新的化解计算：请按最新一次审批后拨付`,
        en: `there is a newer relief run for ${run.year}: pay from the latest, once approved`,
      });
    }
    const rows = await tx
      .select()
      .from(reliefRunFamily)
      .where(
        and(
          eq(reliefRunFamily.runId, run.id),
          eq(reliefRunFamily.covered, true),
          ...(input.familyId ? [eq(reliefRunFamily.familyId, input.familyId)] : []),
        ),
      );
    if (input.familyId && rows.length === 0) throw familyNotFound(input.familyId);
    const paid = await tx
      .select({ familyId: reliefPayment.familyId })
      .from(reliefPayment)
      .where(eq(reliefPayment.year, run.year));
    const paidSet = new Set(paid.map((row) => row.familyId));
    const pilot = reliefParameters(run.year).pilot.counties as readonly string[];
    let due = rows.filter((row) => !fromColumn(row.relief).isZero());
    if (input.familyId) {
      const row = rows[0]!;
      if (paidSet.has(row.familyId)) {
        throw new WorkflowError('conflict', 'already_paid', {
          zh: `家庭 ${row.familyCode} 的 ${run.year} 年度化解资金已拨付，同一家庭每年只拨付一次`,
          en: `family ${row.familyCode} has been paid its relief for ${run.year}; a family is paid once a year`,
        });
      }
      if (due.length === 0) {
        throw new WorkflowError('conflict', 'no_relief', {
          zh: `家庭 ${row.familyCode} 本年度化解金额为 0，无需拨付`,
          en: `family ${row.familyCode} has no relief this year; there is nothing to pay`,
        });
      }
      if (!pilot.includes(row.county)) {
        throw new WorkflowError('conflict', 'outside_pilot', {
          zh: `${row.county}不在试点范围内，市级共富基金不能拨付（M2、M4）：请由当地自筹资金支付`,
          en: `${row.county} is outside the pilot area; the city fund cannot pay it (M2, M4) — the county pays from its own funds`,
        });
      }
    } else {
      due = due.filter((row) => !paidSet.has(row.familyId) && pilot.includes(row.county));
    }
    const fund = await fundFigures(tx, run.year);
    for (const county of new Set(due.map((row) => row.county))) {
      const amount = sum(
        due.filter((row) => row.county === county).map((row) => fromColumn(row.relief)),
      );
      const balance = fund.find((entry) => entry.county === county)?.balance ?? Exact.ZERO;
      if (balance.minus(amount).isNegative()) {
        throw new WorkflowError('conflict', 'fund_insufficient', {
          zh: `${county}基金余额 ${money(balance)} 元，不足以拨付 ${money(amount)} 元：请先登记市级资金或地方配套到账`,
          en: `the fund of ${county} has a balance of ${money(balance)} yuan, not enough to pay ${money(amount)} yuan: record the city's allocation or the local match first`,
        });
      }
    }
    const payments: PaymentView[] = [];
    for (const row of due) {
      const [stored] = await tx
        .insert(reliefPayment)
        .values({
          year: run.year,
          runId: run.id,
          familyId: row.familyId,
          county: row.county,
          amount: money(fromColumn(row.relief)),
          paidOn: now.today,
          paidBy: view.actor.accountId,
          paidAt: now.at,
        })
        .returning();
      payments.push({
        id: stored!.id,
        year: run.year,
        runId: run.id,
        familyId: row.familyId,
        familyCode: row.familyCode,
        county: row.county,
        amount: money(fromColumn(stored!.amount)),
        paidOn: stored!.paidOn,
      });
    }
    const total = money(sum(payments.map((payment) => fromColumn(payment.amount))));
    await audit(tx, actor, {
      action: 'relief.payment',
      entity: 'relief_run',
      entityId: run.id,
      after: {
        year: run.year,
        payments: payments.map((payment) => ({
          familyId: payment.familyId,
          county: payment.county,
          amount: payment.amount,
        })),
        total,
      },
    });
    return { payments, total };
  });
}
