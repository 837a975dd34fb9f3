import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reliefPaths, type Fund as FundView, type FundCounty } from '../../api/relief.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useApiGet } from '../../components/rating/common.tsx';
import { useOffice, useReliefYear, YearSelect, Yuan } from '../../components/relief/common.tsx';
import { ReceiptForm } from '../../components/relief/ReceiptForm.tsx';

const AMOUNTS = ['cityAllocation', 'localMatch', 'funded', 'paid', 'balance'] as const;

/** 资金台账: each pilot county's fund (M2, M4): the city's allocation, the 1:1 match, paid, left. */
export function Fund() {
  const { t } = useTranslation();
  const office = useOffice();
  const [year, setYear] = useReliefYear();
  const fund = useApiGet<FundView>(reliefPaths.fund(year));
  const data = fund.data?.year === year ? fund.data : undefined;

  return (
    <Card title={t('relief.fund.title')} data-testid="relief-fund">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('relief.fund.intro')}
        </Typography.Paragraph>
        <Flex wrap gap="small" align="center" justify="space-between">
          <YearSelect year={year} onChange={setYear} />
          {data && (
            <Typography.Text>
              {t('relief.fund.cityLimit')}
              {t('relief.common.colon')}
              <Yuan value={data.cityLimit} />
            </Typography.Text>
          )}
          {office === 'charity_federation' && data && (
            <ReceiptForm
              year={year}
              counties={data.counties.map((c) => c.county)}
              onSaved={fund.reload}
            />
          )}
        </Flex>
        <ApiErrorAlert error={fund.error} />
        <Table<FundCounty>
          size="small"
          bordered
          rowKey="county"
          loading={fund.loading}
          pagination={false}
          data-testid="fund-table"
          dataSource={data?.counties ?? []}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'county', dataIndex: 'county', title: t('relief.common.county') },
            ...AMOUNTS.map((key) => ({
              key,
              title: t(`relief.fund.${key}`),
              align: 'right' as const,
              render: (_: unknown, c: FundCounty) =>
                key === 'balance' ? (
                  <span data-testid="fund-balance" data-county={c.county}>
                    <Yuan value={c.balance} strong />
                  </span>
                ) : (
                  <Yuan value={c[key]} />
                ),
            })),
          ]}
          summary={() =>
            data && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('relief.common.sum')}</strong>
                </Table.Summary.Cell>
                {AMOUNTS.map((key, i) => (
                  <Table.Summary.Cell key={key} index={i + 1} align="right">
                    <Yuan value={data.totals[key]} strong />
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )
          }
        />
        <Typography.Text type="secondary">{t('relief.fund.matchRule')}</Typography.Text>
      </Flex>
    </Card>
  );
}
