import { Alert, Descriptions, Empty, Flex, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterApi } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { CountyExplanationView } from '../../components/water/CountyExplanationView.tsx';
import { Money } from '../../components/water/Money.tsx';
import { WaterYearPage } from '../../components/water/WaterYearPage.tsx';

/** 本地分配: the receiver's base, reward and total of the approved allocation, explained. */
export function MyAllocation() {
  const { t } = useTranslation();
  return (
    <WaterYearPage title={t('water.county.allocationTitle')} testId="water-county-allocation">
      {(year, county) => <CountyAllocation year={year} county={county} />}
    </WaterYearPage>
  );
}

function CountyAllocation({ year, county }: { year: number; county: string | undefined }) {
  const { t } = useTranslation();
  const detail = useLoad((signal) => waterApi.year(year, { signal }), [year]);
  const runId = detail.data?.approvedRunId ?? null;
  const run = useLoad(
    (signal) => (runId ? waterApi.run(runId, { signal }) : Promise.resolve(undefined)),
    [runId],
  );
  if (detail.error) return <ApiErrorAlert error={detail.error} />;
  if (!detail.data) return <Spin />;
  if (county && !detail.data.receivers.includes(county)) {
    return <Alert type="info" showIcon title={t('water.county.notReceiver', { county })} />;
  }
  if (!runId) return <Empty description={t('water.county.notAllocated')} />;
  if (run.error) return <ApiErrorAlert error={run.error} />;
  if (!run.data) return <Spin />;
  const allocation = run.data.allocations.find((a) => a.county === county);
  const explanation = run.data.explanations.find((e) => e.county === county);
  if (!allocation) return <Empty description={t('water.county.notAllocated')} />;
  return (
    <Flex vertical gap="middle">
      {run.data.synthetic && (
        <Alert type="warning" showIcon title={t('water.common.syntheticRun')} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="my-allocation">
        <Descriptions.Item label={t('water.allocation.base')}>
          <Money value={allocation.base} />
        </Descriptions.Item>
        <Descriptions.Item label={t('water.allocation.reward')}>
          <Money value={allocation.reward} />
        </Descriptions.Item>
        <Descriptions.Item label={t('water.allocation.total')}>
          <Money value={allocation.total} strong />
        </Descriptions.Item>
        <Descriptions.Item label={t('water.allocation.score')}>
          {allocation.score}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.allocation.groupPlace')} span={2}>
          {t('water.allocation.groupN', { group: allocation.group, place: allocation.place })}
          {allocation.tie && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('water.allocation.tie')}
            </Tag>
          )}
        </Descriptions.Item>
      </Descriptions>
      {explanation && <CountyExplanationView data={explanation} />}
    </Flex>
  );
}
