import { Alert, Descriptions, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import type { Claim } from '../../components/apply/hq-api.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import type { QueuedClaim } from './ClaimsToGrant.tsx';

interface DecisionValues {
  outcome: 'granted' | 'refused';
  sharePercent?: string;
  note?: string;
}

/**
 * Grant or refuse one claim. A subsidy is granted at the share the local government sets
 * (88号 四、2); the server computes the amount exactly and explains it. A refusal needs a reason.
 */
export function ClaimDecisionDialog(props: {
  claim: QueuedClaim | null;
  onClose: () => void;
  onDecided: (claim: Claim) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const claim = props.claim;
  const subsidy = claim?.grantedBy === 'county_office';
  // A lapsed rating brings nothing (R13): the server grants no claim on it, so only refusal is offered.
  const lapsed = claim?.lapsed ?? false;

  const submit = async () => {
    if (!claim) return;
    const values = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const decided = await api.post<Claim>(
        `/api/hq/benefit-claims/${encodeURIComponent(claim.id)}/decide`,
        {
          outcome: values.outcome,
          ...(values.outcome === 'granted' && subsidy
            ? { sharePercent: values.sharePercent?.trim() }
            : {}),
          ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        },
      );
      props.onDecided(decided);
    } catch (cause) {
      setError(applyApiError(form, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={claim !== null}
      title={t('rating.claims.decideTitle', { name: claim?.name ?? '' })}
      okText={t('rating.claims.decideOk')}
      cancelText={t('rating.common.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit().catch(() => {})}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {claim && (
        <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('rating.claims.kind')}>
            {t(`apply.final.shortKinds.${claim.kind}`)}
          </Descriptions.Item>
          {claim.amountYuan !== null && (
            <Descriptions.Item label={t('rating.claims.amount')}>
              {t('apply.final.claims.yuan', { amount: claim.amountYuan })}
            </Descriptions.Item>
          )}
          {claim.note && (
            <Descriptions.Item label={t('rating.claims.claimNote')}>{claim.note}</Descriptions.Item>
          )}
        </Descriptions>
      )}
      {claim && lapsed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="claim-lapsed-notice"
          title={t('rating.claims.lapsedNotice', { date: claim.validUntil ?? '—' })}
        />
      )}
      <ApiErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ outcome: lapsed ? 'refused' : 'granted' }}
        style={{ marginTop: error ? 16 : 0 }}
      >
        <Form.Item name="outcome" label={t('rating.claims.outcome')}>
          <Radio.Group
            options={[
              { value: 'granted', label: t('rating.claims.grant'), disabled: lapsed },
              { value: 'refused', label: t('rating.claims.refuse') },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle dependencies={['outcome']}>
          {({ getFieldValue }) => {
            const refusing = getFieldValue('outcome') === 'refused';
            return (
              <>
                {subsidy && !refusing && (
                  <Form.Item
                    name="sharePercent"
                    label={t('rating.claims.share')}
                    extra={t('rating.claims.shareHelp')}
                    rules={[{ required: true, message: t('rating.claims.shareRequired') }]}
                  >
                    <Input suffix="%" inputMode="decimal" style={{ maxWidth: 200 }} />
                  </Form.Item>
                )}
                <Form.Item
                  name="note"
                  label={refusing ? t('rating.claims.reason') : t('rating.claims.note')}
                  rules={
                    refusing
                      ? [
                          {
                            required: true,
                            whitespace: true,
                            message: t('rating.claims.reasonRequired'),
                          },
                        ]
                      : []
                  }
                >
                  <Input.TextArea rows={3} maxLength={2000} showCount />
                </Form.Item>
              </>
            );
          }}
        </Form.Item>
      </Form>
    </Modal>
  );
}
