import { Alert, Card, Empty, Flex, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waterApi, type WaterYear } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { DueDate } from '../../components/water/DueDate.tsx';
import { FiguresGrid } from '../../components/water/FiguresGrid.tsx';
import { FiguresImport } from '../../components/water/FiguresImport.tsx';
import { useActor } from '../../components/water/useActor.ts';
import { useWaterYear } from '../../components/water/useWaterYear.ts';
import { YearBar } from '../../components/water/YearBar.tsx';

/** 数据报送: the signed-in office's own figures for the receivers (W5, W7), typed or imported. */
export function Figures() {
  const { t } = useTranslation();
  const choice = useWaterYear();
  return (
    <Card title={t('water.figures.title')} data-testid="water-figures">
      <Flex vertical gap="middle">
        <ApiErrorAlert error={choice.years.error} />
        <YearBar choice={choice} />
        {!choice.years.loading && choice.year === undefined && (
          <Empty description={t('water.common.noYear')} />
        )}
        {choice.year !== undefined && <YearFigures key={choice.year} year={choice.year} />}
      </Flex>
    </Card>
  );
}

function YearFigures({ year }: { year: number }) {
  const { t } = useTranslation();
  const actor = useActor();
  const loaded = useLoad((signal) => waterApi.year(year, { signal }), [year]);
  const [fresh, setFresh] = useState<WaterYear>();
  const data = fresh ?? loaded.data;
  if (loaded.error) return <ApiErrorAlert error={loaded.error} />;
  if (!data) return <Spin />;
  const fields = data.fields.filter((f) => f.office === actor?.office);
  const missing = data.figures.filter(
    (f) => f.office === actor?.office && (f.value === null || f.value === ''),
  ).length;
  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap align="center">
        <DueDate
          dueOn={data.figuresDueOn}
          late={data.late}
          rule={t('water.figures.dueRule')}
          testId="figures-due"
        />
        <Typography.Text type={missing ? 'warning' : 'success'} data-testid="figures-missing">
          {missing ? t('water.figures.missing', { count: missing }) : t('water.figures.complete')}
        </Typography.Text>
      </Flex>
      {data.late && <Alert type="warning" showIcon title={t('water.figures.lateNote')} />}
      {data.state !== 'collecting' && (
        <Alert type="info" showIcon title={t('water.figures.closed')} />
      )}
      {fields.length === 0 ? (
        <Empty description={t('water.figures.noFields')} />
      ) : (
        <Tabs
          items={[
            {
              key: 'grid',
              label: t('water.figures.tabEntry'),
              children: <FiguresGrid year={data} fields={fields} onSaved={setFresh} />,
            },
            ...(data.state === 'collecting' && actor?.office
              ? [
                  {
                    key: 'import',
                    label: t('water.figures.tabImport'),
                    children: (
                      <FiguresImport
                        year={year}
                        office={actor.office}
                        fields={fields}
                        onImported={setFresh}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Flex>
  );
}
