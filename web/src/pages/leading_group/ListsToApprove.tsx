import { WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Popconfirm,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { reviewApi, type BatchSummary, type Warning } from '../../components/review/api.ts';
import { BatchSelect, dateTime, local, ReasonModal } from '../../components/review/common.tsx';
import { useLoad } from '../../components/review/useLoad.ts';

const WARNING_CODES = ['boundary_tie', 'no_spread', 'unscored', 'empty_pool'] as const;
type WarningCode = (typeof WARNING_CODES)[number];
const isKnown = (code: string): code is WarningCode =>
  (WARNING_CODES as readonly string[]).includes(code);

/** The run submitted for approval: its warnings and results; approve, send back, not approve. */
export function ListsToApprove() {
  const { t } = useTranslation();
  const batches = useLoad((signal) => reviewApi.batches(signal), []);
  // The batches whose run the leading group may decide now, as the server's batch machine says.
  const awaiting = (batches.data ?? []).filter(
    (b) => b.actions.includes('approve') && b.approvalRunId,
  );
  const [chosen, setChosen] = useState<string>();
  const batch = awaiting.find((b) => b.id === chosen) ?? awaiting[0];
  return (
    <Card title={t('review.leading.title')} data-testid="journey-listsToApprove">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('review.leading.intro')}
        </Typography.Paragraph>
        <ApiErrorAlert error={batches.error} />
        {batches.loading && !batches.data ? (
          <Spin />
        ) : batch ? (
          <>
            {awaiting.length > 1 && (
              <BatchSelect batches={awaiting} value={batch.id} onChange={setChosen} />
            )}
            <RunReview key={batch.approvalRunId} batch={batch} onDecided={batches.reload} />
          </>
        ) : (
          <Empty description={t('review.leading.none')} />
        )}
      </Flex>
    </Card>
  );
}

function RunReview({ batch, onDecided }: { batch: BatchSummary; onDecided: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const runId = batch.approvalRunId!;
  const data = useLoad(
    async (signal) => {
      const [run, notApproved] = await Promise.all([
        reviewApi.run(runId, signal),
        reviewApi.applications({ batch: batch.id, state: 'not_approved' }, signal),
      ]);
      return { run, refused: notApproved, notApproved: new Set(notApproved.map((a) => a.id)) };
    },
    [runId, batch.id],
  );
  const [notApproving, setNotApproving] = useState<{ id: string; name: string } | null>(null);
  const [sendingBack, setSendingBack] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  if (!data.data) return data.error ? <ApiErrorAlert error={data.error} /> : <Spin />;
  const { run, refused, notApproved } = data.data;
  const unscoredLeft = run.unscored.filter((u) => !notApproved.has(u.applicationId)).length;

  const approve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await reviewApi.approve(run.id);
      void message.success(t('review.leading.approved'));
      onDecided();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const notApproveButton = (id: string, name: string) =>
    !batch.actions.includes('record_not_approved') ? null : notApproved.has(id) ? (
      <Tag color="error">{t('review.leading.notApprovedReason')}</Tag>
    ) : (
      <Button size="small" danger type="link" onClick={() => setNotApproving({ id, name })}>
        {t('review.leading.notApprove')}
      </Button>
    );

  return (
    <Flex vertical gap="middle" data-testid="run-review">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'batch', label: t('review.common.batch'), children: batch.title, span: 3 },
          {
            key: 'run',
            label: t('review.leading.run', { version: run.version }),
            children: dateTime(run.createdAt),
          },
          { key: 'date', label: t('review.leading.ratingDate'), children: run.ratingDate },
          {
            key: 'count',
            label: `${t('review.leading.scoredCount')} / ${t('review.leading.unscoredCount')}`,
            children: `${run.results.length} / ${run.unscored.length}`,
          },
        ]}
      />
      <Warnings warnings={run.warnings} />
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Table
        size="small"
        rowKey="applicationId"
        title={() => <Typography.Text strong>{t('review.leading.results')}</Typography.Text>}
        dataSource={run.results}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'rank',
            title: t('review.leading.rank'),
            render: (_, r) => (
              <Space size={4}>
                {r.rank}
                {r.tiedWith > 1 && <Tag>{t('review.leading.tie')}</Tag>}
              </Space>
            ),
          },
          { key: 'name', dataIndex: 'name', title: t('review.common.enterprise') },
          { key: 'county', dataIndex: 'county', title: t('review.common.county') },
          {
            key: 'total',
            dataIndex: 'totalFixed',
            title: t('review.leading.total'),
            align: 'right',
          },
          {
            key: 'stars',
            title: t('review.leading.stars'),
            render: (_, r) => (
              <Space size={4}>
                {t('review.leading.starsValue', { count: r.stars })}
                {r.boundaryTie && (
                  <Tag color="warning" icon={<WarningOutlined />}>
                    {t('review.leading.boundaryTie')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: t('review.common.actions'),
            render: (_, r) => notApproveButton(r.applicationId, r.name),
          },
        ]}
      />
      {run.unscored.length > 0 && (
        <Table
          size="small"
          rowKey="applicationId"
          title={() => <Typography.Text strong>{t('review.leading.unscored')}</Typography.Text>}
          dataSource={run.unscored}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('review.common.enterprise') },
            { key: 'county', dataIndex: 'county', title: t('review.common.county') },
            {
              key: 'reasons',
              title: t('review.leading.reasons'),
              render: (_, u) => u.reasons.map((r) => local(r.message)).join('；'),
            },
            {
              key: 'actions',
              title: t('review.common.actions'),
              render: (_, u) => notApproveButton(u.applicationId, u.name),
            },
          ]}
        />
      )}
      {refused.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          data-testid="refused-list"
          title={() => <Typography.Text strong>{t('review.leading.refused')}</Typography.Text>}
          dataSource={refused}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('review.common.enterprise') },
            { key: 'county', dataIndex: 'county', title: t('review.common.county') },
          ]}
        />
      )}
      {unscoredLeft > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('review.leading.unscoredPending', { count: unscoredLeft })}
        />
      )}
      <Space wrap>
        {batch.actions.includes('approve') && (
          <Popconfirm
            title={t('review.leading.approveConfirm', { version: run.version })}
            okText={t('review.leading.approve')}
            cancelText={t('review.common.cancel')}
            onConfirm={() => void approve()}
            disabled={unscoredLeft > 0}
          >
            <Button type="primary" loading={busy} disabled={unscoredLeft > 0}>
              {t('review.leading.approve')}
            </Button>
          </Popconfirm>
        )}
        {batch.actions.includes('send_back') && (
          <Button danger onClick={() => setSendingBack(true)}>
            {t('review.leading.sendBack')}
          </Button>
        )}
      </Space>
      <ReasonModal
        open={sendingBack}
        title={t('review.leading.sendBackTitle')}
        label={t('review.leading.sendBackLabel')}
        okText={t('review.leading.sendBack')}
        danger
        onSubmit={async (reason) => {
          await reviewApi.sendBack(run.id, reason);
          void message.success(t('review.leading.sentBack'));
          onDecided();
        }}
        onClose={() => setSendingBack(false)}
      />
      <ReasonModal
        open={notApproving !== null}
        title={t('review.leading.notApproveTitle', { name: notApproving?.name ?? '' })}
        label={t('review.leading.notApproveLabel')}
        okText={t('review.leading.notApprove')}
        danger
        onSubmit={async (reason) => {
          if (!notApproving) return;
          await reviewApi.notApprove(notApproving.id, reason);
          // A refused scored enterprise leaves the pool: the server ranks the others again in a
          // new run, which the batch now names; the batches are read again to show it.
          const scored = run.results.some((r) => r.applicationId === notApproving.id);
          void message.success(
            scored ? t('review.leading.notApprovedReRanked') : t('review.leading.notApproved'),
          );
          if (scored) onDecided();
          else data.reload();
        }}
        onClose={() => setNotApproving(null)}
      />
    </Flex>
  );
}

function Warnings({ warnings }: { warnings: Warning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) {
    return <Alert type="success" showIcon title={t('review.leading.noWarnings')} />;
  }
  return (
    <List
      size="small"
      bordered
      data-testid="run-warnings"
      header={<Typography.Text strong>{t('review.leading.warnings')}</Typography.Text>}
      dataSource={warnings}
      renderItem={(w) => (
        <List.Item>
          <Space align="start" wrap>
            <Tag color="warning" icon={<WarningOutlined />}>
              {isKnown(w.code) ? t(`review.leading.warningCodes.${w.code}`) : w.code}
            </Tag>
            <span>{local(w.message)}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}
