import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Rate, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { formatTime } from '../../components/apply/format.ts';
import { hqApi, type ApplicationSummary, type Batch } from '../../components/apply/hq-api.ts';
import { useLoad } from '../../components/apply/use-load.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useSession } from '../../session/useSession.ts';
import { countyOfCreditCode, pick, type Jurisdiction } from '../../shared.ts';
import { ApplicationDetailPage } from './ApplicationDetail.tsx';

/**
 * Colour of a state's tag: grey in hand or lapsed, blue under way, green done, red stopped. A
 * lapsed rating (the server's `lapsed`) is final but no longer in effect.
 */
export function stateColor(state: string, lapsed = false): string {
  if (state === 'draft' || lapsed) return 'default';
  if (state === 'returned') return 'orange';
  if (['county_rejected', 're_review_rejected', 'not_approved', 'revoked'].includes(state)) {
    return 'red';
  }
  if (state === 'final') return 'green';
  if (state === 'published') return 'cyan';
  return 'blue';
}

/**
 * `/enterprise/applications`: the enterprise's applications and the open batches it may apply in;
 * `?id=…` opens one application.
 */
export function MyApplications() {
  const [params] = useSearchParams();
  const id = params.get('id');
  if (id) return <ApplicationDetailPage key={id} applicationId={id} />;
  return <ApplicationList />;
}

function ApplicationList() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { state } = useSession();
  const [, setParams] = useSearchParams();
  const [createError, setCreateError] = useState<unknown>();
  const [creating, setCreating] = useState<string>();
  const { data, error, loading } = useLoad(
    () => Promise.all([hqApi.applications(), hqApi.batches()]),
    [],
  );
  const [applications, batches] = data ?? [[], []];
  const open = batches.filter(
    (b) => b.state === 'open' && !applications.some((a) => a.batchId === b.id),
  );
  const batchTitle = (id: string) => batches.find((b) => b.id === id)?.title ?? id;
  const actor = state.status === 'signed-in' ? state.session.actor : undefined;
  const previous = applications[0];

  const start = async (batch: Batch) => {
    if (!actor?.enterpriseUscc) return;
    setCreateError(undefined);
    setCreating(batch.id);
    try {
      const created = await hqApi.create({
        batchId: batch.id,
        uscc: actor.enterpriseUscc,
        name: previous?.name ?? actor.displayName,
        // Where it is registered (its credit code), which its draft may still change.
        county:
          previous?.county ??
          (actor.jurisdiction as Jurisdiction | undefined) ??
          countyOfCreditCode(actor.enterpriseUscc) ??
          '鹿城区',
      });
      setParams({ id: created.id });
    } catch (e) {
      setCreateError(e);
    } finally {
      setCreating(undefined);
    }
  };

  return (
    <Flex vertical gap="middle">
      {open.map((batch) => (
        <Alert
          key={batch.id}
          type="info"
          showIcon
          data-testid="open-batch"
          title={t('apply.list.openBatch', { title: batch.title })}
          description={t('apply.list.openBatchWindow', { from: batch.opensOn, to: batch.closesOn })}
          action={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={creating === batch.id}
              onClick={() => void start(batch)}
              data-testid="start-application"
            >
              {t('apply.list.start')}
            </Button>
          }
        />
      ))}
      <ApiErrorAlert error={createError} onClose={() => setCreateError(undefined)} />
      <Card
        title={t('apply.nav.applications')}
        data-testid="journey-myApplications"
        className="journey-card"
      >
        <Typography.Paragraph type="secondary">{t('apply.list.intro')}</Typography.Paragraph>
        <ApiErrorAlert error={error} />
        <Table<ApplicationSummary>
          size="middle"
          rowKey="id"
          loading={loading}
          dataSource={applications}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('apply.list.empty')} /> }}
          columns={[
            {
              key: 'batch',
              title: t('apply.list.batch'),
              render: (_, a) => (
                <Link to={`?id=${a.id}`} data-testid="application-link">
                  {batchTitle(a.batchId)}
                </Link>
              ),
            },
            {
              key: 'state',
              title: t('apply.list.state'),
              render: (_, a) => (
                <Tag color={stateColor(a.state, a.lapsed)} data-testid="application-state">
                  {pick(a.stateLabel, lang)}
                </Tag>
              ),
            },
            {
              key: 'submittedAt',
              title: t('apply.list.submittedAt'),
              render: (_, a) => (a.submittedAt ? formatTime(a.submittedAt) : '—'),
            },
            {
              key: 'stars',
              title: t('apply.list.stars'),
              render: (_, a) =>
                a.stars === null ? (
                  '—'
                ) : (
                  <Space>
                    <Rate disabled count={5} value={a.stars} style={{ fontSize: 14 }} />
                    {a.validUntil && (
                      <Typography.Text type={a.lapsed ? 'danger' : 'secondary'}>
                        {t(a.lapsed ? 'apply.list.lapsedOn' : 'apply.list.validUntil', {
                          date: a.validUntil,
                        })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
            },
            {
              key: 'open',
              title: t('apply.list.action'),
              render: (_, a) => (
                <Link to={`?id=${a.id}`}>
                  {a.state === 'draft' || a.state === 'returned'
                    ? t('apply.list.edit')
                    : t('apply.list.view')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
