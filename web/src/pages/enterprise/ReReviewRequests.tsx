import { Button, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hqApi, type ReReviewRequest } from '../../components/apply/hq-api.ts';
import { formatTime } from '../../components/apply/format.ts';
import { ReasonModal } from '../../components/review/common.tsx';

/**
 * Re-review of a rating in effect (R13, 88号 五、1): the enterprise's requests with the bureau's
 * conclusions, and a new request when none is open and the procedure allows it.
 */
export function ReReviewRequests(props: {
  applicationId: string;
  requests: readonly ReReviewRequest[];
  /** The procedure lets the enterprise ask now (the rating is final). */
  mayRequest: boolean;
  onRequested: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const open = props.requests.some((r) => r.state === 'open');
  const rows = [...props.requests].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  return (
    <div data-testid="re-review-requests">
      <Flex wrap gap="small" align="center" justify="space-between">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('apply.final.reReview.title')}
        </Typography.Title>
        {props.mayRequest && (
          <Button disabled={open} onClick={() => setAsking(true)} data-testid="request-re-review">
            {t('apply.final.reReview.request')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {open ? t('apply.final.reReview.openExists') : t('apply.final.reReview.help')}
      </Typography.Paragraph>
      {rows.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={rows}
          renderItem={(r) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex wrap gap="small" align="center">
                  {r.state === 'open' ? (
                    <Tag color="processing">{t('apply.final.reReview.open')}</Tag>
                  ) : (
                    <Tag color={r.outcome === 'changed' ? 'orange' : 'green'}>
                      {r.outcome === 'changed'
                        ? t('apply.final.reReview.changed', {
                            from: r.previousStars,
                            to: r.newStars ?? r.previousStars,
                          })
                        : t('apply.final.reReview.kept', { n: r.previousStars })}
                    </Tag>
                  )}
                  <Typography.Text type="secondary">
                    {t('apply.final.reReview.requestedAt', { at: formatTime(r.requestedAt) })}
                  </Typography.Text>
                </Flex>
                <Typography.Text>
                  {t('apply.final.reReview.reason', { reason: r.reason })}
                </Typography.Text>
                {r.decisionReason && (
                  <Typography.Text>
                    {t('apply.final.reReview.decision', {
                      reason: r.decisionReason,
                      at: r.decidedAt ? formatTime(r.decidedAt) : '—',
                    })}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      <ReasonModal
        open={asking}
        title={t('apply.final.reReview.request')}
        intro={
          <Typography.Paragraph type="secondary">
            {t('apply.final.reReview.help')}
          </Typography.Paragraph>
        }
        label={t('apply.final.reReview.reasonLabel')}
        okText={t('apply.final.reReview.submit')}
        onSubmit={async (reason) => {
          await hqApi.requestReReview(props.applicationId, reason);
          props.onRequested();
        }}
        onClose={() => setAsking(false)}
      />
    </div>
  );
}
