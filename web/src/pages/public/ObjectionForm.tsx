import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { checkUscc, pick } from '../../shared.ts';

export interface ObjectionValues {
  uscc: string;
  enterpriseName: string;
  reason: string;
  contact?: string;
}

/**
 * An objection to a published list (88号 publicity). Without `onSubmit` (not wired yet) it checks
 * the fields and says that objections open during publicity.
 */
export function ObjectionForm({
  onSubmit,
}: {
  onSubmit?: (values: ObjectionValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ObjectionValues>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState(false);

  const onFinish = async (values: ObjectionValues) => {
    setError(undefined);
    if (!onSubmit) {
      setNotice(true);
      return;
    }
    try {
      await onSubmit(values);
    } catch (e) {
      setError(applyApiError(form, e));
    }
  };

  return (
    <Card title={t('public.objectionTitle')} data-testid="objection-form">
      <Typography.Paragraph type="secondary">{t('public.objectionIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        <Form.Item
          name="uscc"
          label={t('public.uscc')}
          normalize={(v: string) => v.replace(/\s+/g, '').toUpperCase()}
          rules={[
            { required: true, message: t('public.usccRequired') },
            {
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                const result = checkUscc(value);
                return result.ok
                  ? Promise.resolve()
                  : Promise.reject(new Error(pick(result.message, currentLanguage())));
              },
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="enterpriseName"
          label={t('public.enterpriseName')}
          rules={[
            { required: true, whitespace: true, message: t('public.enterpriseNameRequired') },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('public.reason')}
          rules={[{ required: true, whitespace: true, message: t('public.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="contact" label={t('public.contact')}>
          <Input placeholder={t('public.contactPlaceholder')} maxLength={100} />
        </Form.Item>
        {notice && (
          <Alert type="info" showIcon title={t('public.notOpen')} style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit">
          {t('public.submit')}
        </Button>
      </Form>
    </Card>
  );
}
