import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../api/relief.ts';
import { LevelTag, VisitResultTag } from './common.tsx';
import { VisitForm } from './VisitForm.tsx';

/** One warned family for the township: who, what level since when, and its visit or the form. */
export function WarningCard({
  warning,
  idNumber,
  onVisited,
}: {
  warning: Warning;
  /** The head's ID number as the server gave it (masked for the township). */
  idNumber?: string;
  onVisited: () => void;
}) {
  const { t } = useTranslation();
  const [visiting, setVisiting] = useState(false);
  const visit = warning.visit;
  return (
    <Card
      size="small"
      data-testid="warning-card"
      data-family={warning.familyCode}
      data-visited={visit ? 'yes' : 'no'}
      title={
        <Flex wrap gap={6} align="center">
          <span>{warning.familyCode}</span>
          <span>{warning.headName}</span>
          <LevelTag level={warning.level} />
        </Flex>
      }
    >
      <Flex vertical gap={6}>
        {idNumber && (
          <Typography.Text>
            {t('relief.family.idNumber')}
            {t('relief.common.colon')}
            <span data-testid="head-id">{idNumber}</span>
          </Typography.Text>
        )}
        {(warning.village || warning.address || warning.phone) && (
          <Flex vertical gap={2} data-testid="contact">
            {warning.village && (
              <Typography.Text>
                {t('relief.family.village')}
                {t('relief.common.colon')}
                <span data-testid="contact-village">{warning.village}</span>
              </Typography.Text>
            )}
            {warning.address && (
              <Typography.Text>
                {t('relief.family.address')}
                {t('relief.common.colon')}
                <span data-testid="contact-address">{warning.address}</span>
              </Typography.Text>
            )}
            {warning.phone && (
              <Typography.Text>
                {t('relief.family.phone')}
                {t('relief.common.colon')}
                {warning.contactShown ? (
                  <a href={`tel:${warning.phone}`} data-testid="contact-phone">
                    {warning.phone}
                  </a>
                ) : (
                  <span data-testid="contact-phone">{warning.phone}</span>
                )}
              </Typography.Text>
            )}
          </Flex>
        )}
        <Typography.Text type="secondary">
          {warning.county} {warning.township} ·{' '}
          {t('relief.warnings.raisedOn', { date: warning.raisedOn })}
        </Typography.Text>
        {visit && (
          <Flex vertical gap={2} data-testid="visit-done">
            <Flex wrap gap={6} align="center">
              <Typography.Text strong>{t('relief.visit.visited')}</Typography.Text>
              <VisitResultTag result={visit.result} />
              <Typography.Text type="secondary">
                {visit.visitedOn} · {visit.by}
              </Typography.Text>
            </Flex>
            {visit.note && <Typography.Text>{visit.note}</Typography.Text>}
          </Flex>
        )}
        {visiting ? (
          <VisitForm
            warning={warning}
            onCancel={() => setVisiting(false)}
            onSaved={() => {
              setVisiting(false);
              onVisited();
            }}
          />
        ) : (
          <div>
            <Button
              type={visit ? 'default' : 'primary'}
              onClick={() => setVisiting(true)}
              data-testid="visit-open"
            >
              {visit ? t('relief.visit.again') : t('relief.visit.record')}
            </Button>
          </div>
        )}
      </Flex>
    </Card>
  );
}
