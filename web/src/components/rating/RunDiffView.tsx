import { Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { stars } from './method.ts';
import { useApiGet } from './common.tsx';
import type { Run, RunDiff, Standing } from './types.ts';

const CHANGE_COLORS = {
  entered: 'green',
  left: 'red',
  stars_changed: 'volcano',
  rank_changed: 'blue',
  total_changed: 'default',
} as const;

/** Who moved between two runs of a batch (GET /api/hq/runs/{runId}/diff/{otherRunId}). */
export function RunDiffView({ run, runs }: { run: Run; runs: Run[] }) {
  const { t } = useTranslation();
  const others = runs.filter((r) => r.id !== run.id);
  const [otherId, setOtherId] = useState<string | undefined>(others.at(-1)?.id);
  const chosen = others.some((r) => r.id === otherId) ? otherId : others.at(-1)?.id;
  const { data, error, loading } = useApiGet<RunDiff>(
    chosen ? `/api/hq/runs/${run.id}/diff/${chosen}` : null,
  );
  if (others.length === 0)
    return <Typography.Text type="secondary">{t('rating.diff.only')}</Typography.Text>;
  const show = (s: Standing | null) =>
    s ? `${s.rank} · ${stars(s.stars)} · ${s.totalFixed}` : '—';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        {t('rating.diff.from')}
        <Select
          style={{ width: 160 }}
          value={chosen}
          onChange={setOtherId}
          options={others.map((r) => ({
            value: r.id,
            label: t('rating.table.version', { version: r.version }),
          }))}
        />
        {t('rating.diff.to')}: {t('rating.table.version', { version: run.version })}
      </Space>
      <ApiErrorAlert error={error} />
      <Table
        size="small"
        rowKey="applicationId"
        loading={loading}
        dataSource={data?.moves ?? []}
        pagination={false}
        columns={[
          { title: t('rating.table.enterprise'), dataIndex: 'name' },
          { title: t('rating.diff.from'), render: (_, m) => show(m.before) },
          { title: t('rating.diff.to'), render: (_, m) => show(m.after) },
          {
            title: t('rating.diff.change'),
            render: (_, m) => (
              <Tag color={CHANGE_COLORS[m.change]}>{t(`rating.diff.${m.change}`)}</Tag>
            ),
          },
        ]}
      />
      {data && (
        <Typography.Text type="secondary">
          {t('rating.diff.unchanged', { count: data.unchanged })}
        </Typography.Text>
      )}
    </Space>
  );
}
