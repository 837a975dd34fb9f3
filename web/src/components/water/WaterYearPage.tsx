import { Card, Empty, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useActor } from './useActor.ts';
import { useWaterYear } from './useWaterYear.ts';
import { YearBar } from './YearBar.tsx';

/** A page of a water office or county about one fund year: title, year choice, then the body. */
export function WaterYearPage({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: (year: number, county: string | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const choice = useWaterYear();
  const actor = useActor();
  return (
    <Card title={title} data-testid={testId}>
      <Flex vertical gap="middle">
        <ApiErrorAlert error={choice.years.error} />
        <YearBar choice={choice} />
        {!choice.years.loading && choice.year === undefined && (
          <Empty description={t('water.common.noYear')} />
        )}
        {choice.year !== undefined && (
          <div key={choice.year}>{children(choice.year, actor?.jurisdiction)}</div>
        )}
      </Flex>
    </Card>
  );
}
