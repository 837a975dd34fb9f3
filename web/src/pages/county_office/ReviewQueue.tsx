import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { reviewApi } from '../../components/review/api.ts';
import { ApplicationDrawer } from '../../components/review/ApplicationDrawer.tsx';
import { BatchSelect, dateTime, StateTag } from '../../components/review/common.tsx';
import { useBatchChoice } from '../../components/review/useBatches.ts';
import { useLoad } from '../../components/review/useLoad.ts';

/** The county office's queue: applications of its jurisdiction, each opened to decide. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { batches, list, batchId, setBatchId } = useBatchChoice(['review']);
  const [filter, setFilter] = useState<'submitted' | 'all'>('submitted');
  const [openId, setOpenId] = useState<string | null>(null);
  const applications = useLoad(
    (signal) =>
      batchId
        ? reviewApi.applications(
            { batch: batchId, state: filter === 'all' ? undefined : filter },
            signal,
          )
        : Promise.resolve([]),
    [batchId, filter],
  );
  return (
    <Card
      title={t('review.county.title')}
      data-testid="journey-reviewQueue"
      extra={
        <Button icon={<ReloadOutlined />} onClick={applications.reload}>
          {t('review.common.refresh')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('review.county.intro')}
        </Typography.Paragraph>
        <ApiErrorAlert error={batches.error ?? applications.error} />
        <Flex wrap gap="middle" justify="space-between">
          <BatchSelect batches={list} value={batchId} onChange={setBatchId} />
          <Segmented<'submitted' | 'all'>
            value={filter}
            onChange={(value) => setFilter(value)}
            options={[
              { value: 'submitted', label: t('review.county.filterPending') },
              { value: 'all', label: t('review.county.filterAll') },
            ]}
          />
        </Flex>
        <Table
          size="middle"
          rowKey="id"
          loading={applications.loading}
          dataSource={applications.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('review.common.empty') }}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('review.common.enterprise') },
            { key: 'uscc', dataIndex: 'uscc', title: t('review.common.uscc') },
            { key: 'county', dataIndex: 'county', title: t('review.common.county') },
            {
              key: 'submittedAt',
              title: t('review.common.submittedAt'),
              render: (_, a) => dateTime(a.submittedAt),
            },
            {
              key: 'state',
              title: t('review.common.state'),
              render: (_, a) => <StateTag state={a.state} label={a.stateLabel} />,
            },
            {
              key: 'actions',
              title: t('review.common.actions'),
              render: (_, a) => (
                <Button
                  type={a.state === 'submitted' ? 'primary' : 'default'}
                  size="small"
                  onClick={() => setOpenId(a.id)}
                >
                  {a.state === 'submitted' ? t('review.county.open') : t('review.county.view')}
                </Button>
              ),
            },
          ]}
        />
      </Flex>
      <ApplicationDrawer
        applicationId={openId}
        onClose={() => setOpenId(null)}
        onDecided={applications.reload}
      />
    </Card>
  );
}
