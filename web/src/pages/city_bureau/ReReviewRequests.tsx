import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { formatTime } from '../../components/apply/format.ts';
import { useApiGet } from '../../components/rating/common.tsx';
import type { ReReviewEntry } from './re-review-entry.ts';
import { ReReviewDecisionDialog } from './ReReviewDecisionDialog.tsx';

/** The enterprises' re-review requests (R13), open ones first, each decided here. */
export function ReReviewRequests() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApiGet<{ requests: ReReviewEntry[] }>('/api/hq/re-review-requests');
  const [deciding, setDeciding] = useState<ReReviewEntry | null>(null);
  return (
    <Card
      title={t('rating.reReviews.title')}
      data-testid="re-review-decisions"
      extra={
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          {t('rating.reReviews.refresh')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('rating.reReviews.intro')}
        </Typography.Paragraph>
        <ApiErrorAlert error={list.error} />
        <Table<ReReviewEntry>
          size="middle"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.requests ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('rating.reReviews.empty') }}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('rating.reReviews.enterprise') },
            { key: 'county', dataIndex: 'county', title: t('rating.reReviews.county') },
            {
              key: 'stars',
              title: t('rating.reReviews.stars'),
              render: (_, r) => (
                <Flex vertical gap={2}>
                  <span>{t('rating.reReviews.starsText', { n: r.stars ?? r.previousStars })}</span>
                  {r.lapsed && (
                    <Tag data-testid="re-review-lapsed">
                      {t('rating.claims.lapsed', { date: r.validUntil ?? '—' })}
                    </Tag>
                  )}
                </Flex>
              ),
            },
            {
              key: 'requestedAt',
              title: t('rating.reReviews.requestedAt'),
              render: (_, r) => formatTime(r.requestedAt),
            },
            {
              key: 'reason',
              title: t('rating.reReviews.requestReason'),
              render: (_, r) => (
                <Typography.Paragraph style={{ margin: 0, maxWidth: 360 }}>
                  {r.reason}
                </Typography.Paragraph>
              ),
            },
            {
              key: 'state',
              title: t('rating.reReviews.state'),
              render: (_, r) =>
                r.state === 'open' ? (
                  <Tag color="processing">{t('rating.reReviews.open')}</Tag>
                ) : (
                  <Flex vertical gap={2}>
                    <Tag color={r.outcome === 'changed' ? 'orange' : 'green'}>
                      {r.outcome === 'changed'
                        ? t('rating.reReviews.changedTo', { n: r.newStars ?? r.previousStars })
                        : t('rating.reReviews.kept')}
                    </Tag>
                    <Typography.Text type="secondary">{r.decisionReason}</Typography.Text>
                  </Flex>
                ),
            },
            {
              key: 'actions',
              title: t('rating.reReviews.actions'),
              render: (_, r) =>
                r.state === 'open' ? (
                  <Button type="primary" onClick={() => setDeciding(r)}>
                    {t('rating.reReviews.decide')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Flex>
      <ReReviewDecisionDialog
        key={deciding?.id ?? ''}
        request={deciding}
        onClose={() => setDeciding(null)}
        onDecided={() => {
          void message.success(t('rating.reReviews.decided', { name: deciding?.name ?? '' }));
          setDeciding(null);
          list.reload();
        }}
      />
    </Card>
  );
}
