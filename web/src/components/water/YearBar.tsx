import { Flex, Select, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../rating/common.tsx';
import type { WaterYearChoice } from './useWaterYear.ts';

/** Which fund year the page shows, its state, and 演示数据 when the year is a demo. */
export function YearBar({ choice, extra }: { choice: WaterYearChoice; extra?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { years, year, summary } = choice;
  return (
    <Flex gap="small" wrap align="center">
      <Typography.Text id="water-year-label">{t('water.common.year')}</Typography.Text>
      <Select
        style={{ width: 120 }}
        aria-labelledby="water-year-label"
        value={year}
        loading={years.loading}
        onChange={(value: number) => choice.choose(value)}
        options={(years.data ?? []).map((y) => ({ value: y.year, label: String(y.year) }))}
        data-testid="water-year"
      />
      {summary && (
        <Tag color={summary.state === 'allocated' ? 'green' : 'blue'}>
          {summary.stateLabel[lang]}
        </Tag>
      )}
      {summary?.synthetic && (
        <Tag color="orange" data-testid="synthetic-tag">
          {t('water.common.synthetic')}
        </Tag>
      )}
      {extra}
    </Flex>
  );
}
