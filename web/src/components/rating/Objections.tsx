import { Button, Form, Input, Modal, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useApiGet, useStep } from './common.tsx';
import type { Objection } from './types.ts';

/** The objections to a batch in publicity, and the bureau's outcome for each. */
export function Objections({
  batchId,
  names,
}: {
  batchId: string;
  /** Enterprise names by application id, when known (the objection carries the id only). */
  names?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const { data, error, reload, loading } = useApiGet<{ objections: Objection[] }>(
    `/api/hq/batches/${batchId}/objections`,
  );
  const [resolving, setResolving] = useState<Objection | null>(null);
  const step = useStep();
  const [form] = Form.useForm<{ outcome: 'dismissed' | 'upheld'; reason: string }>();

  const resolve = async () => {
    const values = await form.validateFields();
    const done = await step.run(`/api/hq/objections/${resolving!.id}/resolve`, values);
    if (done !== undefined) {
      setResolving(null);
      reload();
    }
  };

  return (
    <>
      <ApiErrorAlert error={error} />
      <Table<Objection>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.objections ?? []}
        pagination={false}
        locale={{ emptyText: t('rating.batches.noObjections') }}
        columns={[
          {
            title: t('rating.batches.objectionEnterprise'),
            render: (_, o) => names?.get(o.applicationId) ?? o.applicationId,
          },
          { title: t('rating.batches.objectionReason'), dataIndex: 'reason' },
          {
            title: t('rating.batches.objectionState'),
            render: (_, o) =>
              o.state === 'open'
                ? t('rating.batches.pending')
                : o.state === 'upheld'
                  ? t('rating.batches.upheld')
                  : t('rating.batches.dismissed'),
          },
          {
            title: t('rating.batches.actions'),
            render: (_, o) =>
              o.state === 'open' ? (
                <Button size="small" onClick={() => setResolving(o)}>
                  {t('rating.batches.resolve')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={resolving !== null}
        title={t('rating.batches.resolveTitle')}
        onOk={() => void resolve()}
        onCancel={() => setResolving(null)}
        confirmLoading={step.busy}
        okText={t('rating.common.confirm')}
        cancelText={t('rating.common.cancel')}
        destroyOnHidden
      >
        <ApiErrorAlert error={step.error} onClose={step.clearError} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ outcome: 'dismissed' }}
        >
          <Form.Item name="outcome" label={t('rating.batches.outcome')}>
            <Radio.Group>
              <Radio value="dismissed">{t('rating.batches.dismissed')}</Radio>
              <Radio value="upheld">{t('rating.batches.upheld')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('rating.batches.outcomeReason')}
            rules={[
              {
                required: true,
                message: t('rating.batches.required', { field: t('rating.batches.outcomeReason') }),
              },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
