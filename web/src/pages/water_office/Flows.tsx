import { Card, Empty, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterApi } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { FlowChart } from '../../components/water/FlowChart.tsx';
import { Money } from '../../components/water/Money.tsx';
import { useWaterYear } from '../../components/water/useWaterYear.ts';
import { YearBar } from '../../components/water/YearBar.tsx';

/** 资金流向: where the fund's money comes from and goes (every water office, every county). */
export function Flows() {
  const { t } = useTranslation();
  const choice = useWaterYear();
  return (
    <Card title={t('water.flows.title')} data-testid="water-flows">
      <Flex vertical gap="middle">
        <ApiErrorAlert error={choice.years.error} />
        <YearBar choice={choice} />
        {!choice.years.loading && choice.year === undefined && (
          <Empty description={t('water.common.noYear')} />
        )}
        {choice.year !== undefined && <YearFlows key={choice.year} year={choice.year} />}
      </Flex>
    </Card>
  );
}

function YearFlows({ year }: { year: number }) {
  const { t } = useTranslation();
  const flows = useLoad((signal) => waterApi.flows(year, { signal }), [year]);
  if (flows.error) return <ApiErrorAlert error={flows.error} />;
  if (!flows.data) return <Spin />;
  return (
    <Flex vertical gap="small">
      <div>
        {t('water.flows.fundTotal')} <Money value={flows.data.fund} strong inline />
      </div>
      <FlowChart flows={flows.data} />
    </Flex>
  );
}
