import { DownloadOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { cite } from '../../../../src/engine/citation.ts';
import { INDICATOR_KEYS } from '../../../../src/methods/hq-star-rating/parameters.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { localized, useApiGet, useLang, useStep } from '../../components/rating/common.tsx';
import { ExplanationDrawer } from '../../components/rating/ExplanationDrawer.tsx';
import { breakdowns, rateRun, stars } from '../../components/rating/method.ts';
import { PublicityNotice } from '../../components/rating/PublicityNotice.tsx';
import { RatingCharts } from '../../components/rating/RatingCharts.tsx';
import { RunDiffView } from '../../components/rating/RunDiffView.tsx';
import type { Batch, Run, RunResult, RunUnscored } from '../../components/rating/types.ts';
import { WhatIfPanel } from '../../components/rating/WhatIfPanel.tsx';
import { chinaDateTime } from '../../lib/format-time.ts';

const RATED_STATES = ['rating', 'approval', 'approved', 'publicity', 'final'];

/** 评定结果: a batch's rating runs, with explanations, charts, what-if and versions (city bureau). */
export function RatingTable() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const batches = useApiGet<{ batches: Batch[] }>('/api/hq/batches');
  const rated = (batches.data?.batches ?? []).filter((b) => RATED_STATES.includes(b.state));
  const batchId = params.get('batch') ?? rated[0]?.id ?? null;
  const batch = batches.data?.batches.find((b) => b.id === batchId) ?? null;

  return (
    <Card title={t('rating.table.title')} data-testid="journey-ratingTable">
      <Flex vertical gap="middle">
        <ApiErrorAlert error={batches.error} />
        <Space>
          {t('rating.table.batch')}
          <Select
            style={{ width: 380 }}
            value={batchId ?? undefined}
            loading={batches.loading}
            onChange={(id: string) => setParams({ batch: id })}
            options={(batches.data?.batches ?? []).map((b) => ({
              value: b.id,
              label: `${b.year} · ${b.title}`,
            }))}
          />
        </Space>
        {!batches.loading && !batch && <Empty description={t('rating.table.noBatch')} />}
        {batch && <BatchRuns batch={batch} onChanged={batches.reload} />}
      </Flex>
    </Card>
  );
}

function BatchRuns({ batch, onChanged }: { batch: Batch; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal } = AntApp.useApp();
  const runs = useApiGet<{ runs: Run[] }>(`/api/hq/batches/${batch.id}/runs`);
  const [chosen, setChosen] = useState<string>();
  const step = useStep();
  const list = runs.data?.runs ?? [];
  const run =
    list.find((r) => r.id === chosen) ??
    list.find((r) => r.id === batch.publishedRunId) ??
    list.find((r) => r.id === batch.approvalRunId) ??
    list.at(-1);

  const newRun = async () => {
    await step.run(`/api/hq/batches/${batch.id}/runs`);
    runs.reload();
    onChanged();
  };
  const submit = (r: Run) =>
    void modal.confirm({
      title: t('rating.table.submit'),
      content: t('rating.table.submitConfirm', { version: r.version }),
      okText: t('rating.common.confirm'),
      cancelText: t('rating.common.cancel'),
      onOk: async () => {
        await step.run(`/api/hq/runs/${r.id}/submit`);
        onChanged();
      },
    });

  return (
    <Flex vertical gap="middle">
      <ApiErrorAlert error={runs.error ?? step.error} onClose={step.clearError} />
      <Flex gap="small" wrap align="center">
        {t('rating.table.run')}
        <Select
          style={{ width: 140 }}
          value={run?.id}
          onChange={setChosen}
          options={list.map((r) => ({
            value: r.id,
            label: t('rating.table.version', { version: r.version }),
          }))}
          data-testid="run-select"
        />
        <Tag>{localized(batch.stateLabel, lang)}</Tag>
        {batch.actions.includes('run') && (
          <Button onClick={() => void newRun()} loading={step.busy}>
            {t('rating.batches.step.run')}
          </Button>
        )}
        {run && batch.actions.includes('submit_for_approval') && (
          <Button type="primary" icon={<SendOutlined />} onClick={() => submit(run)}>
            {t('rating.table.submit')}
          </Button>
        )}
        {run && <ExportButton run={run} batch={batch} />}
        {run && run.id === batch.publishedRunId && batch.publicityStartsOn && (
          <PublicityNotice batch={batch} />
        )}
      </Flex>
      {!runs.loading && !run && <Empty description={t('rating.table.noRun')} />}
      {run && (
        <>
          <Typography.Text type="secondary">
            {t('rating.table.runMeta', {
              version: run.version,
              date: run.ratingDate,
              source: run.parameterSource,
              at: chinaDateTime(run.createdAt),
            })}
          </Typography.Text>
          {run.synthetic && <Alert type="warning" showIcon title={t('rating.common.synthetic')} />}
          <RunView run={run} runs={list} />
        </>
      )}
    </Flex>
  );
}

function ExportButton({ run, batch }: { run: Run; batch: Batch }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        data-testid="export-excel"
        onClick={() => {
          setBusy(true);
          setError(undefined);
          import('../../components/rating/export-excel.ts')
            .then((m) => m.exportRunXlsx(run, lang, `${batch.title}-v${run.version}.xlsx`))
            .catch((e: unknown) => setError(e))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? t('rating.table.exporting') : t('rating.table.exportExcel')}
      </Button>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
    </>
  );
}

function RunView({ run, runs }: { run: Run; runs: Run[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [explaining, setExplaining] = useState<{ uscc: string; name: string } | null>(null);
  const scores = useMemo(() => breakdowns(rateRun(run)), [run]);
  const places = run.settings.displayPlaces;

  const results = (
    <Flex vertical gap="middle">
      {run.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={t('rating.table.warnings')}
          data-testid="run-warnings"
          description={
            <ul className="issue-list">
              {run.warnings.map((w, i) => (
                <li key={i}>
                  <Tag color="orange">{w.citation.rule}</Tag>
                  {w.message[lang]}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Table<RunResult>
        rowKey="uscc"
        size="small"
        bordered
        data-testid="rating-table"
        dataSource={run.results}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        tableLayout="fixed"
        scroll={{ x: 980 }}
        rowClassName={(r) => (r.boundaryTie ? 'rating-boundary-tie' : '')}
        columns={[
          {
            title: t('rating.table.rank'),
            width: 76,
            fixed: 'left',
            render: (_, r) => (
              <Space size={4}>
                {r.rank}
                {r.tiedWith > 1 && <Tag>{t('rating.table.tie')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('rating.table.enterprise'),
            width: 200,
            fixed: 'left',
            render: (_, r) => (
              <Flex vertical>
                <span>{r.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.county} · {r.uscc}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('rating.table.total'),
            width: 76,
            align: 'right',
            render: (_, r) => (
              <strong>{scores.get(r.uscc)?.total.toDecimal(places) ?? r.totalFixed}</strong>
            ),
          },
          ...INDICATOR_KEYS.map((key) => ({
            key,
            title: t(`rating.table.scores.${key}`),
            width: 84,
            align: 'right' as const,
            render: (_: unknown, r: RunResult) =>
              scores.get(r.uscc)?.scores[key].toDecimal(places) ?? '—',
          })),
          {
            title: t('rating.table.bonus'),
            width: 60,
            align: 'right',
            render: (_, r) => scores.get(r.uscc)?.bonus.toDecimal(places) ?? '—',
          },
          {
            title: t('rating.table.stars'),
            width: 160,
            render: (_, r) => (
              <Space size={4} wrap>
                <span style={{ color: '#d48806', letterSpacing: 1 }}>{stars(r.stars)}</span>
                {r.boundaryTie && (
                  <Tooltip title={t('rating.table.boundaryTieTip', r.boundaryTie)}>
                    <Tag color="red" data-testid="boundary-tie">
                      {t('rating.table.boundaryTie')}
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: t('rating.table.explain'),
            width: 72,
            fixed: 'right',
            render: (_, r) => (
              <Button
                size="small"
                type="link"
                onClick={() => setExplaining({ uscc: r.uscc, name: r.name })}
              >
                {t('rating.table.explain')}
              </Button>
            ),
          },
        ]}
      />
      {run.unscored.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('rating.table.unscored')}
          </Typography.Title>
          <Table<RunUnscored>
            rowKey="uscc"
            size="small"
            bordered
            data-testid="unscored-table"
            dataSource={run.unscored}
            pagination={false}
            columns={[
              { title: t('rating.table.enterprise'), render: (_, u) => `${u.name}（${u.county}）` },
              {
                title: t('rating.table.reasons'),
                render: (_, u) => (
                  <ul className="issue-list">
                    {u.reasons.map((reason, i) => (
                      <li key={i}>
                        {reason.message[lang]}
                        {reason.citation && (
                          <span style={{ color: '#8c8c8c' }}> [{cite(reason.citation)}]</span>
                        )}
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                title: t('rating.table.explain'),
                width: 90,
                render: (_, u) => (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setExplaining({ uscc: u.uscc, name: u.name })}
                  >
                    {t('rating.table.explain')}
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );

  return (
    <>
      <Tabs
        items={[
          { key: 'results', label: t('rating.table.tabs.results'), children: results },
          {
            key: 'charts',
            label: t('rating.table.tabs.charts'),
            children: <RatingCharts results={run.results} scores={scores} />,
          },
          {
            key: 'whatIf',
            label: t('rating.table.tabs.whatIf'),
            children: <WhatIfPanel run={run} />,
          },
          {
            key: 'diff',
            label: t('rating.table.tabs.diff'),
            children: <RunDiffView run={run} runs={runs} />,
          },
        ]}
        destroyOnHidden
      />
      <ExplanationDrawer
        runId={run.id}
        uscc={explaining?.uscc ?? null}
        name={explaining?.name ?? ''}
        onClose={() => setExplaining(null)}
      />
    </>
  );
}
