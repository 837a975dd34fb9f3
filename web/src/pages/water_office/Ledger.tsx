import { Card, Col, Empty, Flex, Row, Spin, Statistic, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterApi, type LedgerLine, type WaterLedger } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { LedgerTable } from '../../components/water/LedgerTable.tsx';
import { Money } from '../../components/water/Money.tsx';
import { sumDecimals } from '../../components/water/money.ts';
import { useActor } from '../../components/water/useActor.ts';
import { useWaterYear } from '../../components/water/useWaterYear.ts';
import { YearBar } from '../../components/water/YearBar.tsx';

/** 资金台账: contributions due and paid (W2), and the transfers to receivers (finance). */
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
              <SectionTable lines={incoming} mayMarkPaid={mayMarkPaid} onPaid={ledger.reload} />
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
                <SectionTable lines={transfers} mayMarkPaid={mayMarkPaid} onPaid={ledger.reload} />
              ),
          },
        ]}
      />
    </Flex>
  );
}

function SectionTable(props: { lines: LedgerLine[]; mayMarkPaid: boolean; onPaid: () => void }) {
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

function LedgerTotals({ ledger }: { ledger: WaterLedger }) {
  const { t } = useTranslation();
  const items: [string, string, string][] = [
    ['contributionsTotal', t('water.ledger.contributionsTotal'), ledger.totals.contributionsTotal],
    ['transfersTotal', t('water.ledger.transfersTotal'), ledger.totals.transfersTotal],
    ['paid', t('water.ledger.paidTotal'), ledger.totals.paid],
    ['due', t('water.ledger.dueTotal'), ledger.totals.due],
  ];
  return (
    <Row gutter={[12, 12]} data-testid="ledger-totals">
      {items.map(([key, title, value]) => (
        <Col key={key} xs={24} sm={12} xl={6}>
          <Card size="small">
            <Statistic title={title} valueRender={() => <Money value={value} strong />} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
