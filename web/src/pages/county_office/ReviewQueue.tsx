import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { reviewApi } from '../../components/review/api.ts';
import { ApplicationDrawer } from '../../components/review/ApplicationDrawer.tsx';
import { BatchSelect, dateTime, local, StateTag } from '../../components/review/common.tsx';
import { useBatchChoice } from '../../components/review/useBatches.ts';
import { useLoad } from '../../components/review/useLoad.ts';

/** The county office's queue: applications of its jurisdiction, each opened to decide. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { batches, list, batchId, setBatchId } = useBatchChoice(['review']);
  const [filter, setFilter] = useState<'submitted' | 'all'>('submitted');
  const [openId, setOpenId] = useState<string | null>(null);
  const batch = list.find((b) => b.id === batchId);
  // Pre-review is a stage of the batch (88号 三、2): while applications are still taken, or once
  // the pass lists are reported, the queue is read-only.
  const inPreReview = batch?.state === 'review';
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
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            // The batch's stage too: it decides which steps are offered.
            batches.reload();
            applications.reload();
          }}
        >
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
        {batch && !inPreReview && (
          <Alert
            type="info"
            showIcon
            data-testid="not-in-pre-review"
            title={t(
              batch.state === 'open' ? 'review.county.stillOpen' : 'review.county.notInPreReview',
              { state: local(batch.stateLabel), closesOn: batch.closesOn },
            )}
          />
        )}
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
                  type={inPreReview && a.state === 'submitted' ? 'primary' : 'default'}
                  size="small"
                  onClick={() => setOpenId(a.id)}
                >
                  {inPreReview && a.state === 'submitted'
                    ? t('review.county.open')
                    : t('review.county.view')}
                </Button>
              ),
            },
          ]}
        />
      </Flex>
      <ApplicationDrawer
        applicationId={openId}
        batch={batch}
        onClose={() => setOpenId(null)}
        onDecided={applications.reload}
      />
    </Card>
  );
}
