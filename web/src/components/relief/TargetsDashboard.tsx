import { Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  LEVELS,
  reliefPaths,
  type Dashboard,
  type DashboardRow,
  type Rate,
} from '../../api/relief.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useApiGet } from '../rating/common.tsx';
import { useReliefYear, YearSelect, Yuan } from './common.tsx';
import { TargetsCharts } from './TargetsCharts.tsx';

/**
 * The pilot's targets by the end of 2025 (M2): insurance participation at least 99.5 %, warning
 * monitoring 100 %, per pilot county, met or not; the warnings by level and the visits (M6, MD3).
 */
export function TargetsDashboard() {
  const { t } = useTranslation();
  const [year, setYear] = useReliefYear();
  const dashboard = useApiGet<Dashboard>(reliefPaths.dashboard(year));
  const data = dashboard.data?.year === year ? dashboard.data : undefined;

  return (
    <Card
      title={t('relief.dashboard.title')}
      extra={<YearSelect year={year} onChange={setYear} />}
      data-testid="relief-dashboard"
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('relief.dashboard.intro')}
        </Typography.Paragraph>
        <ApiErrorAlert error={dashboard.error} />
        {data && <TotalLine row={data.total} />}
        <Table<DashboardRow>
          size="small"
          bordered
          rowKey="county"
          loading={dashboard.loading}
          pagination={false}
          data-testid="dashboard-table"
          dataSource={data?.counties ?? []}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'county', dataIndex: 'county', title: t('relief.common.county'), fixed: 'left' },
            {
              key: 'families',
              dataIndex: 'families',
              title: t('relief.dashboard.families'),
              align: 'right',
            },
            {
              key: 'participation',
              title: t('relief.dashboard.participationTarget'),
              render: (_, r) => <RateCell rate={r.participation} testId="participation" />,
            },
            {
              key: 'monitoring',
              title: t('relief.dashboard.monitoringTarget'),
              render: (_, r) => <RateCell rate={r.monitoring} testId="monitoring" />,
            },
            {
              key: 'warnings',
              title: t('relief.dashboard.warnings'),
              render: (_, r) => <LevelCounts row={r} />,
            },
            {
              key: 'visits',
              title: t('relief.dashboard.visits'),
              render: (_, r) => (
                <span data-testid="visits">
                  {t('relief.dashboard.visitCounts', { done: r.visits.done, open: r.visits.open })}
                </span>
              ),
            },
            {
              key: 'paid',
              title: t('relief.dashboard.reliefPaid'),
              align: 'right',
              render: (_, r) => <Yuan value={r.reliefPaid} />,
            },
          ]}
        />
        {data && data.counties.length > 0 && <TargetsCharts rows={data.counties} />}
      </Flex>
    </Card>
  );
}

/** The whole pilot area on one line: both rates, warnings and visits. */
function TotalLine({ row }: { row: DashboardRow }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap="middle" align="center" data-testid="dashboard-total">
      <Typography.Text strong>{t('relief.common.sum')}</Typography.Text>
      <Space size={4}>
        {t('relief.dashboard.participation')}
        <RateCell rate={row.participation} testId="total-participation" />
      </Space>
      <Space size={4}>
        {t('relief.dashboard.monitoring')}
        <RateCell rate={row.monitoring} testId="total-monitoring" />
      </Space>
      <LevelCounts row={row} />
      <span data-testid="total-visits">
        {t('relief.dashboard.visitCounts', { done: row.visits.done, open: row.visits.open })}
      </span>
    </Flex>
  );
}

function RateCell({ rate, testId }: { rate: Rate; testId: string }) {
  const { t } = useTranslation();
  return (
    <Space size={4} data-testid={testId}>
      <span>{rate.value === null ? '—' : `${rate.value} %`}</span>
      <Typography.Text type="secondary">/ {rate.target} %</Typography.Text>
      <Tag color={rate.met ? 'green' : 'red'} data-met={rate.met}>
        {rate.met ? t('relief.dashboard.met') : t('relief.dashboard.notMet')}
      </Tag>
    </Space>
  );
}

function LevelCounts({ row }: { row: DashboardRow }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {LEVELS.map((level) => (
        <Tag key={level} data-level={level}>
          {t(`relief.level.${level}`)} {row.warnings[level]}
        </Tag>
      ))}
    </Space>
  );
}
