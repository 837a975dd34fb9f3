import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Claim, ClaimState } from '../../components/apply/hq-api.ts';
import { formatTime } from '../../components/apply/format.ts';

const STATE_COLORS: Record<ClaimState, string> = {
  claimed: 'processing',
  granted: 'green',
  refused: 'red',
  ended: 'default',
};

/** A claim's state with what the granting office said: the subsidy granted, or why not. */
export function ClaimOutcome({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const words = claim.state === 'ended' ? claim.endReason : claim.decisionNote;
  return (
    <Flex vertical gap={2} data-testid="claim-outcome" data-state={claim.state}>
      <span>
        <Tag color={STATE_COLORS[claim.state]}>{t(`apply.final.claims.states.${claim.state}`)}</Tag>
        {claim.grantedYuan !== null &&
          t('apply.final.claims.granted', {
            amount: claim.grantedYuan,
            share: claim.sharePercent,
          })}
      </span>
      {words && <Typography.Text type="secondary">{words}</Typography.Text>}
    </Flex>
  );
}

/** The enterprise's claims, newest first: what, how much, when, and what became of each. */
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
            render: (_, c) => <ClaimOutcome claim={c} />,
          },
          { key: 'note', title: t('apply.final.claimNote'), render: (_, c) => c.note ?? '' },
        ]}
      />
    </div>
  );
}
