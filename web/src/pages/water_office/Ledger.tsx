import { Card, Col, Empty, Flex, Row, Spin, Statistic, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterApi, type LedgerLine, type WaterLedger } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { LedgerTable, type LedgerDirection } from '../../components/water/LedgerTable.tsx';
import { Money } from '../../components/water/Money.tsx';
import { sumDecimals } from '../../components/water/money.ts';
import { useActor } from '../../components/water/useActor.ts';
import { useWaterYear } from '../../components/water/useWaterYear.ts';
import { YearBar } from '../../components/water/YearBar.tsx';

/**
 * 资金台账: money into the fund (contributions and the city's share, W2: receipts) and out of it
 * (transfers to receivers: payments), each with its own totals, and the balance the fund holds.
 */
export function Ledger() {
  const { t } = useTranslation();
  const choice = useWaterYear();
  return (
    <Card title={t('water.ledger.title')} data-testid="water-ledger">
      <Flex vertical gap="middle">
        <ApiErrorAlert error={choice.years.error} />
        <YearBar choice={choice} />
        {!choice.years.loading && choice.year === undefined && (
          <Empty description={t('water.common.noYear')} />
        )}
        {choice.year !== undefined && <YearLedger key={choice.year} year={choice.year} />}
      </Flex>
    </Card>
  );
}

function YearLedger({ year }: { year: number }) {
  const { t } = useTranslation();
  const actor = useActor();
  const ledger = useLoad((signal) => waterApi.ledger(year, { signal }), [year]);
  if (ledger.error) return <ApiErrorAlert error={ledger.error} />;
  if (!ledger.data) return <Spin />;
  const mayMarkPaid = actor?.office === 'finance';
  const of = (kinds: LedgerLine['kind'][]) =>
    ledger.data?.lines.filter((l) => kinds.includes(l.kind)) ?? [];
  const incoming = of(['city_share', 'contribution']);
  const transfers = of(['transfer']);
  return (
    <Flex vertical gap="middle">
      <LedgerTotals ledger={ledger.data} />
      <Tabs
        items={[
          {
            key: 'in',
            label: t('water.ledger.incoming', {
              paid: incoming.filter((l) => l.state === 'paid').length,
              count: incoming.length,
            }),
            children: (
              <SectionTable
                lines={incoming}
                direction="in"
                mayMarkPaid={mayMarkPaid}
                onPaid={ledger.reload}
              />
            ),
          },
          {
            key: 'out',
            label: t('water.ledger.outgoing', {
              paid: transfers.filter((l) => l.state === 'paid').length,
              count: transfers.length,
            }),
            children:
              transfers.length === 0 ? (
                <Empty description={t('water.ledger.noTransfers')} />
              ) : (
                <SectionTable
                  lines={transfers}
                  direction="out"
                  mayMarkPaid={mayMarkPaid}
                  onPaid={ledger.reload}
                />
              ),
          },
        ]}
      />
    </Flex>
  );
}

function SectionTable(props: {
  lines: LedgerLine[];
  direction: LedgerDirection;
  mayMarkPaid: boolean;
  onPaid: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="small">
      <LedgerTable {...props} />
      <div style={{ textAlign: 'right' }} data-testid="section-total">
        {t('water.ledger.sectionTotal')}{' '}
        <Money value={sumDecimals(props.lines.map((l) => l.amount))} strong inline />
      </div>
    </Flex>
  );
}

/**
 * The totals by direction, never added together (the same yuan comes in and goes out), and the
 * balance: what has been received less what has been transferred.
 */
function LedgerTotals({ ledger }: { ledger: WaterLedger }) {
  const { t } = useTranslation();
  const { incoming, outgoing, balance } = ledger.totals;
  const groups: { key: string; title: string; items: [string, string, string][] }[] = [
    {
      key: 'incoming',
      title: t('water.ledger.incomingTotals'),
      items: [
        ['in-total', t('water.ledger.inTotal'), incoming.total],
        ['in-paid', t('water.ledger.inPaid'), incoming.paid],
        ['in-due', t('water.ledger.inDue'), incoming.due],
      ],
    },
    {
      key: 'outgoing',
      title: t('water.ledger.outgoingTotals'),
      items: [
        ['out-total', t('water.ledger.outTotal'), outgoing.total],
        ['out-paid', t('water.ledger.outPaid'), outgoing.paid],
        ['out-due', t('water.ledger.outDue'), outgoing.due],
      ],
    },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="ledger-totals">
      {groups.map((group) => (
        <Col key={group.key} xs={24} xl={9}>
          <Card size="small" title={group.title} data-testid={`ledger-totals-${group.key}`}>
            <Row gutter={[8, 8]}>
              {group.items.map(([key, title, value]) => (
                <Col key={key} xs={24} sm={8} data-testid={`ledger-total-${key}`}>
                  <Statistic title={title} valueRender={() => <Money value={value} strong />} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      ))}
      <Col xs={24} xl={6}>
        <Card size="small" title={t('water.ledger.balance')} data-testid="ledger-balance">
          <Statistic valueRender={() => <Money value={balance} strong />} />
        </Card>
      </Col>
    </Row>
  );
}
