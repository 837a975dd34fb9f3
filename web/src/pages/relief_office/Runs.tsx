import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Progress, Select, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reliefApi, reliefPaths, type Run } from '../../api/relief.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useApiGet } from '../../components/rating/common.tsx';
import { ApproveRun } from '../../components/relief/ApproveRun.tsx';
import {
  chinaDateTime,
  OfficeOnly,
  useOffice,
  useReliefYear,
  YearSelect,
  Yuan,
} from '../../components/relief/common.tsx';
import { ExportResults } from '../../components/relief/ExportResults.tsx';
import { RunResults } from '../../components/relief/RunResults.tsx';

type RunSummary = Omit<Run, 'families'>;

/** 救助测算与发放: the year's relief runs (M3), approval and payment (M4). */
export function Runs() {
  return (
    <OfficeOnly offices={['medical_insurance', 'charity_federation']}>
      <YearRuns />
    </OfficeOnly>
  );
}

function YearRuns() {
  const { t } = useTranslation();
  const office = useOffice();
  const [year, setYear] = useReliefYear();
  const runs = useApiGet<{ runs: RunSummary[] }>(reliefPaths.runs(year));
  const [chosen, setChosen] = useState<string>();
  const list = runs.data?.runs ?? [];
  const summary = list.find((r) => r.id === chosen) ?? list[0];
  const run = useApiGet<Run>(summary ? reliefPaths.run(summary.id) : null);
  const compute = useCompute(year, (created) => {
    setChosen(created.id);
    runs.reload();
  });
  const current = run.data && run.data.id === summary?.id ? run.data : undefined;
  const changed = () => {
    runs.reload();
    run.reload();
  };

  return (
    <Card title={t('relief.runs.title')} data-testid="relief-runs">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {office === 'charity_federation' ? t('relief.runs.introCharity') : t('relief.runs.intro')}
        </Typography.Paragraph>
        <Flex wrap gap="small" align="center">
          <YearSelect year={year} onChange={setYear} />
          {list.length > 0 && (
            <Select
              style={{ width: 260 }}
              aria-label={t('relief.runs.run')}
              value={summary?.id}
              onChange={setChosen}
              data-testid="run-select"
              options={list.map((r, i) => ({
                value: r.id,
                label: `${chinaDateTime(r.computedAt)}${i === 0 ? ` · ${t('relief.runs.latest')}` : ''}`,
              }))}
            />
          )}
          {office === 'medical_insurance' && (
            <Button
              type="primary"
              icon={<CalculatorOutlined />}
              loading={compute.busy}
              onClick={() => void compute.run()}
              data-testid="compute-run"
            >
              {t('relief.runs.compute', { year })}
            </Button>
          )}
          {summary && <ExportResults year={year} />}
        </Flex>
        {compute.busy && (
          <Flex vertical gap={0} data-testid="compute-progress">
            <Typography.Text>{t('relief.runs.computing', { year })}</Typography.Text>
            <Progress percent={compute.percent} status="active" size="small" showInfo={false} />
          </Flex>
        )}
        <ApiErrorAlert error={runs.error ?? run.error ?? compute.error} />
        {!runs.loading && list.length === 0 && (
          <Empty description={t('relief.runs.none', { year })} />
        )}
        {current && (
          <>
            <Flex wrap gap="small" align="center">
              <Tag color={current.state === 'approved' ? 'green' : 'blue'} data-testid="run-state">
                {t(`relief.runs.states.${current.state}`)}
              </Tag>
              <Typography.Text type="secondary">
                {t('relief.runs.meta', {
                  computed: chinaDateTime(current.computedAt),
                  count: current.families.length,
                })}
              </Typography.Text>
              <Typography.Text>
                {t('relief.runs.total')}
                {t('relief.common.colon')}
                <Yuan value={current.total} strong />
              </Typography.Text>
              {office === 'charity_federation' &&
                current.state === 'computed' &&
                current.id === list[0]?.id && <ApproveRun run={current} onApproved={changed} />}
            </Flex>
            {current.state === 'approved' && (
              <Typography.Text type="secondary" data-testid="approval">
                {t('relief.runs.approvedMeta', {
                  at: chinaDateTime(current.approvedAt),
                  note: current.approvalNote ?? '',
                })}
              </Typography.Text>
            )}
            {current.synthetic && (
              <Alert type="warning" showIcon title={t('relief.common.syntheticRun')} />
            )}
            <RunResults run={current} latest={current.id === list[0]?.id} onChanged={changed} />
          </>
        )}
      </Flex>
    </Card>
  );
}

/**
 * Computes the year's run on the server. The call answers once, so the bar moves on its own while
 * it waits and fills when the answer comes.
 */
function useCompute(year: number, onDone: (run: Run) => void) {
  const [busy, setBusy] = useState(false);
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<unknown>();
  const timer = useRef<ReturnType<typeof setInterval>>(undefined);
  useEffect(() => () => clearInterval(timer.current), []);
  const run = async () => {
    setBusy(true);
    setError(undefined);
    setPercent(5);
    timer.current = setInterval(() => setPercent((p) => Math.min(p + (95 - p) / 8, 95)), 200);
    try {
      const created = await reliefApi.computeRun(year);
      setPercent(100);
      onDone(created);
    } catch (e) {
      setError(e);
    } finally {
      clearInterval(timer.current);
      setBusy(false);
    }
  };
  return { busy, percent, error, run };
}
