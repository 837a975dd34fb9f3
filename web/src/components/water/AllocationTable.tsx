import './water.css';
import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WaterAllocation } from '../../api/water.ts';
import { Money } from './Money.tsx';
import { sumDecimals } from './money.ts';

const TOTAL = '__total__';

/**
 * Base, reward and total per receiver (W5, W6), the reward group and place, ties flagged (WD2),
 * and a totals row added exactly from the amounts shown (WD1: 140,000,000.00 + 30,000,000.00).
 */
export function AllocationTable({
  allocations,
  onExplain,
}: {
  allocations: WaterAllocation[];
  onExplain?: (county: string) => void;
}) {
  const { t } = useTranslation();
  const totals = {
    base: sumDecimals(allocations.map((a) => a.base)),
    reward: sumDecimals(allocations.map((a) => a.reward)),
    total: sumDecimals(allocations.map((a) => a.total)),
  };
  const rows: (WaterAllocation & { key: string })[] = [
    ...allocations.map((a) => ({ ...a, key: a.county })),
    {
      key: TOTAL,
      county: t('water.allocation.totalRow'),
      ...totals,
      score: '',
      group: '',
      place: 0,
      tie: false,
    },
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      data-testid="allocation-table"
      scroll={{ x: 900 }}
      rowClassName={(r) => (r.key === TOTAL ? 'water-total-row' : '')}
      columns={[
        {
          key: 'county',
          title: t('water.common.county'),
          width: 110,
          render: (_, r) =>
            r.key === TOTAL ? <Typography.Text strong>{r.county}</Typography.Text> : r.county,
        },
        {
          key: 'group',
          title: t('water.allocation.groupPlace'),
          width: 150,
          render: (_, r) =>
            r.key === TOTAL ? null : (
              <Flex gap={4} wrap align="center">
                <span>{t('water.allocation.groupN', { group: r.group, place: r.place })}</span>
                {r.tie && (
                  <Tooltip title={t('water.allocation.tieTip')}>
                    <Tag color="red" data-testid="tie-flag">
                      {t('water.allocation.tie')}
                    </Tag>
                  </Tooltip>
                )}
              </Flex>
            ),
        },
        {
          key: 'score',
          title: t('water.allocation.score'),
          width: 90,
          align: 'right',
          render: (_, r) => r.score,
        },
        {
          key: 'base',
          title: t('water.allocation.base'),
          width: 170,
          align: 'right',
          render: (_, r) => (
            <Money
              value={r.base}
              strong={r.key === TOTAL}
              testId={r.key === TOTAL ? 'total-base' : undefined}
            />
          ),
        },
        {
          key: 'reward',
          title: t('water.allocation.reward'),
          width: 170,
          align: 'right',
          render: (_, r) => (
            <Money
              value={r.reward}
              strong={r.key === TOTAL}
              testId={r.key === TOTAL ? 'total-reward' : undefined}
            />
          ),
        },
        {
          key: 'total',
          title: t('water.allocation.total'),
          width: 170,
          align: 'right',
          render: (_, r) => (
            <Money value={r.total} strong testId={r.key === TOTAL ? 'total-total' : undefined} />
          ),
        },
        ...(onExplain
          ? [
              {
                key: 'explain',
                title: t('water.allocation.explain'),
                width: 80,
                render: (_: unknown, r: WaterAllocation & { key: string }) =>
                  r.key === TOTAL ? null : (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => onExplain(r.county)}
                      data-testid={`explain-${r.county}`}
                    >
                      {t('water.allocation.explain')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
