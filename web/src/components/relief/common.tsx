import { Alert, Select, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Category, Level, MoneyText, VisitResult } from '../../api/relief.ts';
import type { Office } from '../../shared.ts';
import { useSession } from '../../session/useSession.ts';
import { groupYuan } from './money.ts';

/** M2: the pilot area from 2024 (parameters.yaml); the fund (M4) is theirs. */
export const PILOT_COUNTIES = ['永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '洞头区'] as const;

/** The first year of the pilot (M2). */
export const FIRST_YEAR = 2024;

// China dates and times, whatever the browser's zone: one helper for every screen.
export { chinaDateTime, todayInChina } from '../../lib/format-time.ts';
import { todayInChina } from '../../lib/format-time.ts';

const thisYear = () => Number(todayInChina().slice(0, 4));

/** The year the page shows (MD1: a calendar year), kept in the address as `?year=`. */
export function useReliefYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR ? asked : thisYear();
  const setYear = (next: number) =>
    setParams((p) => {
      const copy = new URLSearchParams(p);
      copy.set('year', String(next));
      return copy;
    });
  return [year, setYear];
}

export function YearSelect({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const { t } = useTranslation();
  const last = Math.max(thisYear(), year);
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
  return (
    <Space>
      <label htmlFor="relief-year">{t('relief.common.year')}</label>
      <Select
        id="relief-year"
        style={{ width: 110 }}
        value={year}
        onChange={onChange}
        options={years.map((y) => ({ value: y, label: t('relief.common.yearLabel', { year: y }) }))}
        data-testid="year-select"
      />
    </Space>
  );
}

const LEVEL_COLORS: Record<Level, string> = {
  relief_due: 'red',
  uninsured: 'volcano',
  watch: 'gold',
};

/** MD3: 应救助 / 未参保 / 关注. */
export function LevelTag({ level }: { level: Level | 'none' | null }) {
  const { t } = useTranslation();
  if (!level || level === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid="level-tag" data-level={level}>
      {t(`relief.level.${level}`)}
    </Tag>
  );
}

const VISIT_COLORS: Record<VisitResult, string> = {
  verified: 'green',
  help_arranged: 'blue',
  not_found: 'orange',
  no_need: 'default',
};

export function VisitResultTag({ result }: { result: VisitResult }) {
  const { t } = useTranslation();
  return (
    <Tag color={VISIT_COLORS[result]} data-testid="visit-result">
      {t(`relief.visit.results.${result}`)}
    </Tag>
  );
}

/** M1: 第二类 (covered), 第一类, or 未认定. */
export function CategoryTag({ category }: { category: Category | null }) {
  const { t } = useTranslation();
  if (category === null) return <Tag>{t('relief.category.none')}</Tag>;
  return (
    <Tag color={category === 2 ? 'green' : 'default'}>{t(`relief.category.c${category}`)}</Tag>
  );
}

/** 演示数据 on a synthetic record. */
export function SyntheticTag({ synthetic }: { synthetic: boolean }) {
  const { t } = useTranslation();
  if (!synthetic) return null;
  return (
    <Tag color="orange" data-testid="synthetic-tag">
      {t('relief.common.synthetic')}
    </Tag>
  );
}

/** An amount as `1,234,567.89 元` from the server's decimal text; — when there is none. */
export function Yuan({ value, strong }: { value: MoneyText | null | undefined; strong?: boolean }) {
  const { t } = useTranslation();
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">—</Typography.Text>;
  const text = t('relief.common.yuan', { amount: groupYuan(value) });
  const style = { whiteSpace: 'nowrap' } as const;
  return strong ? <strong style={style}>{text}</strong> : <span style={style}>{text}</span>;
}

/** The signed-in relief office (medical_insurance, civil_affairs, charity_federation). */
export function useOffice(): Office | undefined {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.session.actor.office : undefined;
}

/** A page for some offices only: the others are told whose page it is. */
export function OfficeOnly({
  offices,
  children,
}: {
  offices: readonly Office[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const office = useOffice();
  if (office && offices.includes(office)) return <>{children}</>;
  return <Alert type="info" showIcon title={t('relief.common.notYourOffice')} />;
}
