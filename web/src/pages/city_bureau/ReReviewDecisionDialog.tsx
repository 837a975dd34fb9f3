import { Form, Input, Modal, Radio, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { applyApiError } from '../../lib/apply-api-error.ts';
import type { ReReviewEntry } from './re-review-entry.ts';

interface DecisionValues {
  outcome: 'kept' | 'changed';
  newStars?: number;
  reason: string;
}

/**
 * The bureau's conclusion on one re-review request (R13): the stars kept or changed, with the
 * reason the enterprise will read. Benefits above new, lower stars end (the server says which).
 */
export function ReReviewDecisionDialog(props: {
  request: ReReviewEntry | null;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const request = props.request;

  const submit = async () => {
    if (!request) return;
    const values = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/hq/re-review-requests/${encodeURIComponent(request.id)}/decide`, {
        outcome: values.outcome,
        ...(values.outcome === 'changed' ? { newStars: values.newStars } : {}),
        reason: values.reason.trim(),
      });
      props.onDecided();
    } catch (cause) {
      setError(applyApiError(form, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={request !== null}
      title={t('rating.reReviews.decideTitle', { name: request?.name ?? '' })}
      okText={t('rating.reReviews.decide')}
      cancelText={t('rating.common.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit().catch(() => {})}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {request && (
        <Typography.Paragraph type="secondary">
          {t('rating.reReviews.asked', { stars: request.previousStars, reason: request.reason })}
        </Typography.Paragraph>
      )}
      <ApiErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ outcome: 'kept', newStars: request?.stars ?? undefined }}
        style={{ marginTop: error ? 16 : 0 }}
      >
        <Form.Item name="outcome" label={t('rating.reReviews.outcome')}>
          <Radio.Group
            options={[
              { value: 'kept', label: t('rating.reReviews.kept') },
              { value: 'changed', label: t('rating.reReviews.changed') },
            ]}
          />
        </Form.Item>
        {/* Read from the form on each change, not a watch: the stars show as soon as the radio moves. */}
        <Form.Item noStyle dependencies={['outcome']}>
          {({ getFieldValue }) =>
            getFieldValue('outcome') === 'changed' && (
              <Form.Item
                name="newStars"
                label={t('rating.reReviews.newStars')}
                rules={[{ required: true, message: t('rating.reReviews.newStarsRequired') }]}
              >
                <Rate count={5} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('rating.reReviews.reason')}
          rules={[
            { required: true, whitespace: true, message: t('rating.reReviews.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
