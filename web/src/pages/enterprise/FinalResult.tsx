import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Divider,
  Rate,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, BenefitKind } from '../../components/apply/hq-api.ts';
import { formatTime } from '../../components/apply/format.ts';
import { BenefitClaimDialog } from './BenefitClaimDialog.tsx';
import { BenefitClaims } from './BenefitClaims.tsx';
import { benefitLines, type BenefitLine } from './benefit-rules.ts';
import { ReReviewRequests } from './ReReviewRequests.tsx';

/**
 * After final (R13-R16): the stars, from when and until when, the benefits they bring with the
 * claims made, and re-review requests. Past its last day the rating reads as lapsed (the server's
 * `lapsed`, on the procedure's date): no benefit is offered, no claim, no re-review. `onChange`
 * reloads the application after a step.
 */
export function FinalResult({
  application,
  onChange,
}: {
  application: ApplicationDetail;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [claiming, setClaiming] = useState<BenefitKind | null>(null);
  const stars = application.stars ?? 0;
  const revoked = application.state === 'revoked';
  const lapsed = application.lapsed;
  const mayClaim = application.actions.includes('claim_benefit');
  const lines = benefitLines(
    revoked ? 0 : stars,
    application.form.ownsOfficeProperty,
    application.claims,
  );
  return (
    <Card title={t('apply.final.title')} data-testid="final-result">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'stars',
            label: t('apply.final.stars'),
            children: (
              <span data-testid="final-stars">
                <Rate disabled value={stars} style={{ fontSize: 16 }} />{' '}
                {t('apply.final.starsText', { n: stars })}
              </span>
            ),
          },
          { key: 'from', label: t('apply.final.from'), children: application.finalOn ?? '—' },
          {
            key: 'until',
            label: t('apply.final.until'),
            children: (
              <>
                <span data-testid="final-until">{application.validUntil ?? '—'}</span>
                {lapsed && (
                  <Tag color="default" style={{ marginLeft: 8 }} data-testid="final-lapsed">
                    {t('apply.final.lapsedTag')}
                  </Tag>
                )}
              </>
            ),
          },
        ]}
      />
      {lapsed && (
        <Alert
          type="warning"
          showIcon
          data-testid="final-lapsed-notice"
          style={{ marginBottom: 12 }}
          title={t('apply.final.lapsed', { date: application.validUntil ?? '—' })}
        />
      )}
      {revoked && application.revocation && (
        <Typography.Paragraph type="danger">
          {t('apply.final.revoked', {
            date: application.revocation.effectiveOn,
            note: application.revocation.note,
          })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5}>{t('apply.final.benefits')}</Typography.Title>
      <Table<BenefitLine>
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={lines}
        data-testid="benefits"
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'kind',
            title: t('apply.final.benefit'),
            render: (_, b) => t(`apply.final.kinds.${b.kind}`),
          },
          {
            key: 'ok',
            title: t('apply.final.eligible'),
            render: (_, b) => <Eligibility line={b} lapsed={lapsed} />,
          },
          ...(mayClaim
            ? [
                {
                  key: 'claim',
                  title: t('apply.final.claimColumn'),
                  render: (_: unknown, b: BenefitLine) =>
                    b.eligible && !b.claim ? (
                      <Button size="small" type="link" onClick={() => setClaiming(b.kind)}>
                        {t('apply.final.claim')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('apply.final.note')}
      </Typography.Paragraph>
      {application.claims.length > 0 && <BenefitClaims claims={application.claims} />}
      {!revoked && !(lapsed && application.reReviewRequests.length === 0) && (
        <>
          <Divider />
          <ReReviewRequests
            applicationId={application.id}
            requests={application.reReviewRequests}
            mayRequest={application.actions.includes('request_re_review')}
            onRequested={() => {
              void message.success(t('apply.final.reReview.done'));
              onChange();
            }}
          />
        </>
      )}
      {/* A fresh form for every benefit chosen: nothing typed for one is sent for another. */}
      <BenefitClaimDialog
        key={claiming ?? ''}
        applicationId={application.id}
        kind={claiming}
        onClose={() => setClaiming(null)}
        onClaimed={(claim) => {
          setClaiming(null);
          void message.success(
            t('apply.final.claimDone', { kind: t(`apply.final.shortKinds.${claim.kind}`) }),
          );
          onChange();
        }}
      />
    </Card>
  );
}

/** Whether a benefit is open to the enterprise, claimed, or excluded by the other subsidy. */
function Eligibility({ line, lapsed }: { line: BenefitLine; lapsed: boolean }) {
  const { t } = useTranslation();
  if (line.claim) {
    return (
      <Tag color="green">{t('apply.final.claimed', { at: formatTime(line.claim.claimedAt) })}</Tag>
    );
  }
  if (!line.eligible) return <Tag>{t('apply.final.no')}</Tag>;
  if (lapsed) return <Tag>{t('apply.final.lapsedTag')}</Tag>;
  if (line.excludedBy) {
    return (
      <Tag color="orange">
        {t('apply.final.excluded', { other: t(`apply.final.shortKinds.${line.excludedBy}`) })}
      </Tag>
    );
  }
  return <Tag color="blue">{t('apply.final.yes')}</Tag>;
}
