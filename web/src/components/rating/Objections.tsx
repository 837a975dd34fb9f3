import { Button, Flex, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useApiGet, useStep } from './common.tsx';
import { chinaDateTime } from '../../lib/format-time.ts';
import type { ObjectionListEntry as Objection } from './types.ts';

/**
 * The objections to a batch in publicity, each with what the bureau needs to handle it: the
 * receipt number, the enterprise, when it was filed (China time), the objector's contact and
 * words, and once resolved the outcome with its reason, who and when.
 */
export function Objections({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const { data, error, reload, loading } = useApiGet<{ objections: Objection[] }>(
    `/api/hq/batches/${batchId}/objections`,
  );
  const [resolving, setResolving] = useState<Objection | null>(null);
  const step = useStep();
  const [form] = Form.useForm<{ outcome: 'dismissed' | 'upheld'; reason: string }>();

  const resolve = async () => {
    // Refused fields show their message under the field; nothing is sent.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
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
        scroll={{ x: 'max-content' }}
        data-testid="objections"
        columns={[
          {
            key: 'receiptNo',
            title: t('afterFinal.objections.receiptNo'),
            render: (_, o) => <Typography.Text code>{o.receiptNo}</Typography.Text>,
          },
          {
            key: 'name',
            title: t('rating.batches.objectionEnterprise'),
            render: (_, o) => (
              <Flex vertical>
                <span>{o.name}</span>
                <Typography.Text type="secondary">{o.county}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'filedAt',
            title: t('afterFinal.objections.filedAt'),
            render: (_, o) => chinaDateTime(o.filedAt),
          },
          {
            key: 'contact',
            title: t('afterFinal.objections.contact'),
            render: (_, o) =>
              o.contactName || o.contactPhone ? (
                <Flex vertical>
                  {o.contactName && <span>{o.contactName}</span>}
                  {o.contactPhone && <span>{o.contactPhone}</span>}
                </Flex>
              ) : (
                <Typography.Text type="secondary">
                  {t('afterFinal.objections.noContact')}
                </Typography.Text>
              ),
          },
          {
            key: 'reason',
            title: t('rating.batches.objectionReason'),
            render: (_, o) => (
              <Typography.Paragraph style={{ margin: 0, maxWidth: 320 }}>
                {o.reason}
              </Typography.Paragraph>
            ),
          },
          {
            key: 'state',
            title: t('rating.batches.objectionState'),
            render: (_, o) =>
              o.state === 'open' ? (
                <Tag color="processing">{t('rating.batches.pending')}</Tag>
              ) : (
                <Tag color={o.state === 'upheld' ? 'orange' : 'default'}>
                  {o.state === 'upheld'
                    ? t('rating.batches.upheld')
                    : t('rating.batches.dismissed')}
                </Tag>
              ),
          },
          {
            key: 'resolution',
            title: t('afterFinal.objections.resolution'),
            render: (_, o) =>
              o.state === 'open' ? null : (
                <Flex vertical gap={2} style={{ maxWidth: 320 }}>
                  <span>{o.outcomeReason}</span>
                  <Typography.Text type="secondary">
                    {[chinaDateTime(o.resolvedAt), o.resolvedByName].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  {o.figuresChanged && (
                    <Typography.Text type="warning">
                      {t('afterFinal.objections.figuresChanged')}
                    </Typography.Text>
                  )}
                </Flex>
              ),
          },
          {
            key: 'actions',
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
        title={
          resolving
            ? `${t('rating.batches.resolveTitle')} · ${resolving.receiptNo} · ${resolving.name}`
            : t('rating.batches.resolveTitle')
        }
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
