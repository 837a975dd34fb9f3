import { Alert, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterApi } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { LedgerTable } from '../../components/water/LedgerTable.tsx';
import { WaterYearPage } from '../../components/water/WaterYearPage.tsx';

/** 资金缴拨: what the county pays into the fund (W2) and what it receives (transfers), due or paid. */
export function Contribution() {
  const { t } = useTranslation();
  return (
    <WaterYearPage title={t('water.county.contributionTitle')} testId="water-county-contribution">
      {(year, county) => <CountyLedger year={year} county={county} />}
    </WaterYearPage>
  );
}

function CountyLedger({ year, county }: { year: number; county: string | undefined }) {
  const { t } = useTranslation();
  const ledger = useLoad((signal) => waterApi.ledger(year, { signal }), [year]);
  if (ledger.error) return <ApiErrorAlert error={ledger.error} />;
  if (!ledger.data) return <Spin />;
  const own = ledger.data.lines.filter((l) => l.county === county);
  const paying = own.filter((l) => l.kind === 'contribution');
  const receiving = own.filter((l) => l.kind === 'transfer');
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('water.county.paying')}
      </Typography.Title>
      {paying.length === 0 ? (
        <Empty description={t('water.county.notPayer', { county })} />
      ) : (
        <LedgerTable lines={paying} direction="in" mayMarkPaid={false} />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('water.county.receiving')}
      </Typography.Title>
      {receiving.length === 0 ? (
        <Alert type="info" showIcon title={t('water.county.noTransfer')} />
      ) : (
        <LedgerTable lines={receiving} direction="out" mayMarkPaid={false} />
      )}
    </Flex>
  );
}
