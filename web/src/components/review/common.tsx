import { Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { pick, type Localized } from '../../shared.ts';
import type { BatchSummary } from './api.ts';
import { chinaDateTime } from '../../lib/format-time.ts';

/** A Localized text in the interface language. */
export const local = (text: Localized) => pick(text, currentLanguage());

/** 2025-12-16 14:03 in China time, whatever the browser's zone. */
export const dateTime = (iso: string | null) => chinaDateTime(iso);

const STATE_COLORS: Record<string, string> = {
  submitted: 'processing',
  pending: 'processing',
  county_passed: 'success',
  verified: 'success',
  approved: 'success',
  reported: 'cyan',
  corrected: 'warning',
  returned: 'warning',
  county_rejected: 'error',
  re_review_rejected: 'error',
  not_approved: 'error',
};

/** The server's state label, coloured by state. */
export function StateTag({ state, label }: { state: string; label: Localized }) {
  return (
    <Tag color={STATE_COLORS[state] ?? 'default'} data-state={state}>
      {local(label)}
    </Tag>
  );
}

/** Choice of batch, newest first; shows year and title with the batch's state. */
export function BatchSelect(props: {
  batches: BatchSummary[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex wrap align="center" gap="small" style={{ maxWidth: '100%' }}>
      <Typography.Text>{t('review.common.batch')}</Typography.Text>
      <Select
        aria-label={t('review.common.batch')}
        style={{ width: 420, maxWidth: '100%' }}
        value={props.value}
        onChange={props.onChange}
        placeholder={t('review.common.chooseBatch')}
        options={props.batches.map((b) => ({
          value: b.id,
          label: t('review.common.batchOption', { title: b.title, state: local(b.stateLabel) }),
        }))}
      />
    </Flex>
  );
}

/**
 * A dialog asking for a written reason (required), then calling `onSubmit`; the server's
 * refusal is shown inside the dialog.
 */
export function ReasonModal(props: {
  open: boolean;
  title: ReactNode;
  intro?: ReactNode;
  label: string;
  okText: string;
  danger?: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await props.onSubmit(reason.trim());
      form.resetFields();
      props.onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('review.common.cancel')}
      okButtonProps={{ danger: props.danger, loading: busy }}
      onOk={() => void submit().catch(() => {})}
      onCancel={() => {
        setError(undefined);
        props.onClose();
      }}
      destroyOnHidden
    >
      {props.intro}
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={props.label}
          rules={[{ required: true, whitespace: true, message: t('review.common.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
