import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterApi, type SelfEvaluation } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { useWaterYear } from '../../components/water/useWaterYear.ts';
import { YearBar } from '../../components/water/YearBar.tsx';
import { chinaDateTime } from '../../lib/format-time.ts';

/** 绩效自评: the receivers' self-evaluations as received by the finance bureau (W9). */
export function SelfEvaluations() {
  const { t } = useTranslation();
  const choice = useWaterYear();
  return (
    <Card title={t('water.selfEvaluations.title')} data-testid="water-self-evaluations">
      <Flex vertical gap="middle">
        <ApiErrorAlert error={choice.years.error} />
        <YearBar choice={choice} />
        {!choice.years.loading && choice.year === undefined && (
          <Empty description={t('water.common.noYear')} />
        )}
        {choice.year !== undefined && <YearEvaluations key={choice.year} year={choice.year} />}
      </Flex>
    </Card>
  );
}

function YearEvaluations({ year }: { year: number }) {
  const { t } = useTranslation();
  const list = useLoad((signal) => waterApi.selfEvaluations(year, { signal }), [year]);
  return (
    <Flex vertical gap="small">
      <ApiErrorAlert error={list.error} />
      <Table<SelfEvaluation>
        rowKey="county"
        size="small"
        bordered
        loading={list.loading}
        pagination={false}
        dataSource={list.data ?? []}
        data-testid="self-evaluations-table"
        scroll={{ x: 720 }}
        expandable={{
          rowExpandable: (e) => !!e.summary,
          expandedRowRender: (e) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {e.summary}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { key: 'county', title: t('water.common.county'), dataIndex: 'county', width: 100 },
          {
            key: 'state',
            title: t('water.selfEvaluations.state'),
            width: 160,
            render: (_, e) => (
              <Flex gap={4} wrap>
                {e.submittedAt ? (
                  <Tag color="green">{t('water.selfEvaluations.submitted')}</Tag>
                ) : (
                  <Tag>{t('water.selfEvaluations.notSubmitted')}</Tag>
                )}
                {e.late && <Tag color="red">{t('water.common.late')}</Tag>}
              </Flex>
            ),
          },
          {
            key: 'score',
            title: t('water.selfEvaluations.score'),
            width: 90,
            align: 'right',
            render: (_, e) => e.score ?? '—',
          },
          {
            key: 'submittedAt',
            title: t('water.selfEvaluations.submittedAt'),
            width: 150,
            render: (_, e) => chinaDateTime(e.submittedAt),
          },
          { key: 'due', title: t('water.selfEvaluations.dueOn'), dataIndex: 'dueOn', width: 110 },
          {
            key: 'summary',
            title: t('water.selfEvaluations.summary'),
            ellipsis: true,
            render: (_, e) => e.summary ?? '—',
          },
        ]}
      />
    </Flex>
  );
}
