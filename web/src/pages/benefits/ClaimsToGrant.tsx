import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popover, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { ExplanationSteps } from '../../components/ExplanationSteps.tsx';
import type { Claim } from '../../components/apply/hq-api.ts';
import { formatTime } from '../../components/apply/format.ts';
import { useApiGet } from '../../components/rating/common.tsx';
import { useActor } from '../../components/water/useActor.ts';
import { ClaimOutcome } from '../enterprise/BenefitClaims.tsx';
import { ClaimDecisionDialog } from './ClaimDecisionDialog.tsx';

/** A claim with the enterprise whose rating it rests on. */
export interface QueuedClaim extends Claim {
  name: string;
  uscc: string;
  county: string;
  stars: number | null;
  validUntil: string | null;
  /** The rating has lapsed (the server's rule): the claim can only be refused. */
  lapsed: boolean;
}

type Filter = 'claimed' | 'all';

/**
 * 政策兑现 (R15, 88号 四): the claims an office grants, waiting ones first. A county office sees
 * the subsidies of its enterprises, whose share its government sets; the city bureau every
 * claim, and grants the star card and school care.
 */
export function ClaimsToGrant() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const actor = useActor();
  const [filter, setFilter] = useState<Filter>('claimed');
  const list = useApiGet<{ claims: QueuedClaim[] }>(
    filter === 'claimed' ? '/api/hq/benefit-claims?state=claimed' : '/api/hq/benefit-claims',
  );
  const [deciding, setDeciding] = useState<QueuedClaim | null>(null);
  return (
    <Card
      title={t('rating.claims.title')}
      data-testid="claims-to-grant"
      extra={
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          {t('rating.claims.refresh')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {actor?.role === 'county_office'
            ? t('rating.claims.introCounty', { county: actor.jurisdiction })
            : t('rating.claims.introBureau')}
        </Typography.Paragraph>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'claimed', label: t('rating.claims.waiting') },
            { value: 'all', label: t('rating.claims.all') },
          ]}
        />
        <ApiErrorAlert error={list.error} />
        <Table<QueuedClaim>
          size="middle"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.claims ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('rating.claims.empty') }}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('rating.claims.enterprise') },
            { key: 'county', dataIndex: 'county', title: t('rating.claims.county') },
            {
              key: 'stars',
              title: t('rating.claims.stars'),
              render: (_, c) => (
                <Flex vertical gap={2}>
                  <span>{t('rating.claims.starsText', { n: c.stars ?? '—' })}</span>
                  {c.lapsed && (
                    <Tag data-testid="claim-lapsed">
                      {t('rating.claims.lapsed', { date: c.validUntil ?? '—' })}
                    </Tag>
                  )}
                </Flex>
              ),
            },
            {
              key: 'kind',
              title: t('rating.claims.kind'),
              render: (_, c) => t(`apply.final.shortKinds.${c.kind}`),
            },
            {
              key: 'amount',
              title: t('rating.claims.amount'),
              align: 'right',
              render: (_, c) =>
                c.amountYuan === null
                  ? '—'
                  : t('apply.final.claims.yuan', { amount: c.amountYuan }),
            },
            {
              key: 'claimedAt',
              title: t('rating.claims.claimedAt'),
              render: (_, c) => formatTime(c.claimedAt),
            },
            {
              key: 'state',
              title: t('rating.claims.state'),
              render: (_, c) =>
                c.explanation ? (
                  <Popover
                    title={t('rating.claims.howComputed')}
                    content={
                      <div style={{ maxWidth: 420 }}>
                        <ExplanationSteps steps={c.explanation} />
                      </div>
                    }
                  >
                    <span data-testid="claim-explained">
                      <ClaimOutcome claim={c} />
                    </span>
                  </Popover>
                ) : (
                  <ClaimOutcome claim={c} />
                ),
            },
            {
              key: 'actions',
              title: t('rating.claims.actions'),
              render: (_, c) =>
                c.state !== 'claimed' ? null : c.grantedBy === actor?.role ? (
                  <Button type="primary" onClick={() => setDeciding(c)}>
                    {t('rating.claims.decide')}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">
                    {t('rating.claims.grantedByCounty')}
                  </Typography.Text>
                ),
            },
          ]}
        />
      </Flex>
      <ClaimDecisionDialog
        claim={deciding}
        onClose={() => setDeciding(null)}
        onDecided={(decided) => {
          setDeciding(null);
          void message.success(
            decided.state === 'granted'
              ? t('rating.claims.grantedDone', { amount: decided.grantedYuan ?? '' })
              : t('rating.claims.refusedDone'),
          );
          list.reload();
        }}
      />
    </Card>
  );
}
