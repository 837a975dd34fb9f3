import { Card, Descriptions, Rate, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../components/apply/hq-api.ts';
import { formatTime } from '../../components/apply/format.ts';

type Benefit = 'star_card' | 'school_enrolment' | 'rent_subsidy' | 'purchase_subsidy';

/** R15: what the stars in effect bring, and whether the enterprise's form allows it. */
function benefits(stars: number, ownsOffice: boolean | null): { kind: Benefit; ok: boolean }[] {
  return [
    { kind: 'star_card', ok: stars >= 3 },
    { kind: 'school_enrolment', ok: stars >= 4 },
    { kind: 'rent_subsidy', ok: stars >= 3 && ownsOffice === false },
    { kind: 'purchase_subsidy', ok: stars >= 3 && ownsOffice === false },
  ];
}

/** After final (R13-R16): the stars, from when and until when, and the benefits. */
export function FinalResult({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const stars = application.stars ?? 0;
  const revoked = application.state === 'revoked';
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
              <span>
                <Rate disabled value={stars} style={{ fontSize: 16 }} />{' '}
                {t('apply.final.starsText', { n: stars })}
              </span>
            ),
          },
          { key: 'from', label: t('apply.final.from'), children: application.finalOn ?? '—' },
          { key: 'until', label: t('apply.final.until'), children: application.validUntil ?? '—' },
        ]}
      />
      {revoked && application.revocation && (
        <Typography.Paragraph type="danger">
          {t('apply.final.revoked', {
            date: application.revocation.effectiveOn,
            note: application.revocation.note,
          })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5}>{t('apply.final.benefits')}</Typography.Title>
      <Table
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={benefits(revoked ? 0 : stars, application.form.ownsOfficeProperty)}
        columns={[
          {
            key: 'kind',
            title: t('apply.final.benefit'),
            render: (_, b) => t(`apply.final.kinds.${b.kind}`),
          },
          {
            key: 'ok',
            title: t('apply.final.eligible'),
            render: (_, b) => {
              const claim = application.claims.find(
                (c) => c.kind === b.kind && c.state === 'claimed',
              );
              if (claim)
                return (
                  <Tag color="green">
                    {t('apply.final.claimed', { at: formatTime(claim.claimedAt) })}
                  </Tag>
                );
              return b.ok ? (
                <Tag color="blue">{t('apply.final.yes')}</Tag>
              ) : (
                <Tag>{t('apply.final.no')}</Tag>
              );
            },
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('apply.final.note')}
      </Typography.Paragraph>
    </Card>
  );
}
