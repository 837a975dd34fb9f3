import { CheckCircleOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reliefApi, type Run } from '../../api/relief.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';

/** The charity federation approves the year's latest computed run, with a note (M3, M4). */
export function ApproveRun({ run, onApproved }: { run: Run; onApproved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<{ note: string }>();

  const approve = async ({ note }: { note: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await reliefApi.approveRun(run.id, note ?? '');
      void message.success(t('relief.runs.approved'));
      setOpen(false);
      onApproved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        type="primary"
        icon={<CheckCircleOutlined />}
        onClick={() => setOpen(true)}
        data-testid="approve-run"
      >
        {t('relief.runs.approve')}
      </Button>
      <Modal
        open={open}
        title={t('relief.runs.approveTitle', { year: run.year })}
        okText={t('relief.runs.approve')}
        cancelText={t('relief.common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ApiErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={(v) => void approve(v)} preserve={false}>
          <Form.Item
            name="note"
            label={t('relief.runs.approveNote')}
            rules={[{ required: true, whitespace: true, message: t('relief.runs.noteRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
