import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../components/apply/hq-api.ts';
import { formatTime } from '../../components/apply/format.ts';

/** The enterprise's claims, newest first: what, how much, when, and whether still in force. */
export function BenefitClaims({ claims }: { claims: readonly Claim[] }) {
  const { t } = useTranslation();
  const rows = [...claims].sort((a, b) => b.claimedAt.localeCompare(a.claimedAt));
  return (
    <div data-testid="benefit-claims">
      <Typography.Title level={5}>{t('apply.final.claims.title')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('apply.final.claims.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'kind',
            title: t('apply.final.benefit'),
            render: (_, c) => t(`apply.final.shortKinds.${c.kind}`),
          },
          {
            key: 'amount',
            title: t('apply.final.claims.amount'),
            render: (_, c) =>
              c.amountYuan === null ? '—' : t('apply.final.claims.yuan', { amount: c.amountYuan }),
          },
          {
            key: 'at',
            title: t('apply.final.claims.claimedAt'),
            render: (_, c) => formatTime(c.claimedAt),
          },
          {
            key: 'state',
            title: t('apply.final.claims.state'),
            render: (_, c) =>
              c.state === 'claimed' ? (
                <Tag color="green">{t('apply.final.claims.inForce')}</Tag>
              ) : (
                <span>
                  <Tag>{t('apply.final.claims.ended')}</Tag>
                  {c.endReason}
                </span>
              ),
          },
          { key: 'note', title: t('apply.final.claimNote'), render: (_, c) => c.note ?? '' },
        ]}
      />
    </div>
  );
}
