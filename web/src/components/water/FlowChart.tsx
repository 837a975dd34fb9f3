import { Alert, Col, Flex, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaterFlows } from '../../api/water.ts';
import { EChart } from '../rating/EChart.tsx';
import { Money } from './Money.tsx';
import { formatYuan, sumDecimals } from './money.ts';

interface Link {
  source: string;
  target: string;
  /** The band's width only; the amount shown is `amount`, the server's exact text. */
  value: number;
  amount: string;
}

/**
 * Where the fund comes from and where it goes (W2, W4, W5, W6): the city and the paying
 * jurisdictions → the fund → base and reward → each receiver.
 */
export function FlowChart({ flows, height = 600 }: { flows: WaterFlows; height?: number }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const fund = t('water.flows.fund');
    const base = t('water.flows.base');
    const reward = t('water.flows.reward');
    const payer = (name: string) => t('water.flows.payerNode', { name });
    const receiver = (county: string) => t('water.flows.receiverNode', { county });
    const links: Link[] = flows.sources.map((s) => ({
      source: payer(s.name),
      target: fund,
      value: Number(s.amount),
      amount: s.amount,
    }));
    const nodes = new Set<string>([...flows.sources.map((s) => payer(s.name)), fund]);
    if (flows.targets.length > 0) {
      const baseTotal = sumDecimals(flows.targets.map((x) => x.base));
      const rewardTotal = sumDecimals(flows.targets.map((x) => x.reward));
      nodes.add(base).add(reward);
      links.push(
        { source: fund, target: base, value: Number(baseTotal), amount: baseTotal },
        { source: fund, target: reward, value: Number(rewardTotal), amount: rewardTotal },
      );
      for (const x of flows.targets) {
        nodes.add(receiver(x.county));
        links.push(
          { source: base, target: receiver(x.county), value: Number(x.base), amount: x.base },
          { source: reward, target: receiver(x.county), value: Number(x.reward), amount: x.reward },
        );
      }
    }
    return {
      // Drawn at once: the figure is read, not watched.
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataType: string; data: Link & { name?: string }; name: string }) =>
          p.dataType === 'edge'
            ? `${p.data.source} → ${p.data.target}<br/>${formatYuan(p.data.amount)}`
            : p.name,
      },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 150,
          top: 16,
          bottom: 16,
          nodeGap: 14,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
          label: { fontSize: 12 },
          data: [...nodes].map((name) => ({ name })),
          links: links.filter((l) => l.value > 0),
        },
      ],
    };
  }, [flows, t]);
  return (
    <Flex vertical gap="small" data-testid="flow-chart">
      {flows.targets.length === 0 && (
        <Alert type="info" showIcon title={t('water.flows.notAllocated')} />
      )}
      <EChart option={option} height={height} />
      <FlowTables flows={flows} />
    </Flex>
  );
}

/** The chart's figures as tables, to read and to copy. */
function FlowTables({ flows }: { flows: WaterFlows }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]} data-testid="flow-tables">
      <Col xs={24} xl={10}>
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="name"
          dataSource={flows.sources}
          title={() => t('water.flows.sources')}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('water.ledger.payer') },
            {
              key: 'amount',
              title: t('water.ledger.amount'),
              align: 'right',
              render: (_, s) => <Money value={s.amount} />,
            },
          ]}
        />
      </Col>
      {flows.targets.length > 0 && (
        <Col xs={24} xl={14}>
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="county"
            dataSource={flows.targets}
            title={() => t('water.flows.targets')}
            scroll={{ x: 520 }}
            columns={[
              { key: 'county', dataIndex: 'county', title: t('water.common.county') },
              {
                key: 'base',
                title: t('water.allocation.base'),
                align: 'right',
                render: (_, x) => <Money value={x.base} />,
              },
              {
                key: 'reward',
                title: t('water.allocation.reward'),
                align: 'right',
                render: (_, x) => <Money value={x.reward} />,
              },
              {
                key: 'total',
                title: t('water.allocation.total'),
                align: 'right',
                render: (_, x) => <Money value={sumDecimals([x.base, x.reward])} strong />,
              },
            ]}
          />
        </Col>
      )}
    </Row>
  );
}
