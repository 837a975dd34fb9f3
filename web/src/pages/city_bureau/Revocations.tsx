import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Modal, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REVOCATION_LABELS,
  REVOCATION_REASONS,
} from '../../../../src/workflow/hq-rating/revocation.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { localized, useApiGet, useLang, useStep } from '../../components/rating/common.tsx';
import { chinaDateTime } from '../../lib/format-time.ts';
import type { RatedEnterprise, RevocationEntry } from './after-final-records.ts';
import { RatedEnterpriseSelect } from './RatedEnterpriseSelect.tsx';
import { RecordDetail } from './RecordDetail.tsx';

interface RevokeValues {
  applicationId: string;
  reason: number;
  note: string;
}

/**
 * The city bureau withdraws a rating on one of the grounds of 88号 五、3, and reads every
 * withdrawal: the enterprise, the ground in 88号's words, the account of the facts, who and when.
 */
export function Revocations() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const list = useApiGet<{ revocations: RevocationEntry[] }>('/api/hq/revocations');
  const rated = useApiGet<{ applications: RatedEnterprise[] }>('/api/hq/applications?state=final');
  const [open, setOpen] = useState(false);
  const [viewing, setViewing] = useState<RevocationEntry | null>(null);
  const step = useStep();
  const [form] = Form.useForm<RevokeValues>();
  const enterprises = rated.data?.applications ?? [];

  const submit = async () => {
    // Refused fields show their message under the field; nothing is sent.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const name = enterprises.find((e) => e.id === values.applicationId)?.name ?? '';
    const done = await step.run<{ endedClaims: unknown[] }>(
      `/api/hq/applications/${values.applicationId}/revoke`,
      { reason: values.reason, note: values.note.trim() },
    );
    if (done === undefined) return;
    void message.success(
      done.endedClaims.length > 0
        ? t('afterFinal.revocations.doneEnded', { name, n: done.endedClaims.length })
        : t('afterFinal.revocations.done', { name }),
    );
    setOpen(false);
    list.reload();
    rated.reload();
  };

  const close = () => {
    setOpen(false);
    step.clearError();
  };

  return (
    <Card
      title={t('afterFinal.revocations.title')}
      data-testid="revocations"
      extra={
        <Flex gap="small">
          <Button icon={<ReloadOutlined />} onClick={list.reload}>
            {t('afterFinal.common.refresh')}
          </Button>
          <Button type="primary" danger icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('afterFinal.revocations.new')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <div style={{ color: 'rgba(0,0,0,0.55)' }}>{t('afterFinal.revocations.intro')}</div>
        <ApiErrorAlert error={list.error ?? rated.error} />
        <Table<RevocationEntry>
          size="middle"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.revocations ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('afterFinal.revocations.empty') }}
          data-testid="revocation-records"
          columns={[
            { key: 'name', dataIndex: 'name', title: t('afterFinal.common.enterprise') },
            { key: 'county', dataIndex: 'county', title: t('afterFinal.common.county') },
            {
              key: 'ground',
              title: t('afterFinal.revocations.ground'),
              render: (_, r) => localized(r.ground, lang),
            },
            { key: 'article', dataIndex: 'article', title: t('afterFinal.common.article') },
            {
              key: 'decidedBy',
              dataIndex: 'decidedByName',
              title: t('afterFinal.revocations.decidedBy'),
            },
            {
              key: 'decidedAt',
              title: t('afterFinal.revocations.decidedAt'),
              render: (_, r) => chinaDateTime(r.decidedAt),
            },
            {
              key: 'actions',
              title: t('afterFinal.common.details'),
              render: (_, r) => (
                <Button size="small" onClick={() => setViewing(r)}>
                  {t('afterFinal.common.view')}
                </Button>
              ),
            },
          ]}
        />
      </Flex>

      <Modal
        open={open}
        title={t('afterFinal.revocations.dialogTitle')}
        onOk={() => void submit()}
        onCancel={close}
        confirmLoading={step.busy}
        okText={t('afterFinal.revocations.submit')}
        okButtonProps={{ danger: true }}
        cancelText={t('afterFinal.common.cancel')}
        destroyOnHidden
      >
        <ApiErrorAlert error={step.error} onClose={step.clearError} />
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="applicationId"
            label={t('afterFinal.common.enterprise')}
            extra={t('afterFinal.common.enterpriseHelp')}
            rules={[{ required: true, message: t('afterFinal.common.enterpriseRequired') }]}
          >
            <RatedEnterpriseSelect
              enterprises={enterprises}
              loading={rated.loading}
              testId="revoke-enterprise"
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('afterFinal.revocations.ground')}
            rules={[{ required: true, message: t('afterFinal.revocations.groundRequired') }]}
          >
            <Radio.Group>
              <Flex vertical gap={4}>
                {REVOCATION_REASONS.map((n) => (
                  <Radio key={n} value={n}>
                    {REVOCATION_LABELS[n][lang]}
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="note"
            label={t('afterFinal.revocations.note')}
            extra={t('afterFinal.revocations.noteHelp')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('afterFinal.revocations.noteRequired'),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>

      <RecordDetail
        record={viewing}
        testId="revocation-detail"
        onClose={() => setViewing(null)}
        lines={
          viewing
            ? [
                {
                  key: 'ground',
                  label: t('afterFinal.revocations.ground'),
                  children: localized(viewing.ground, lang),
                },
                {
                  key: 'article',
                  label: t('afterFinal.common.article'),
                  children: viewing.article,
                },
                { key: 'note', label: t('afterFinal.revocations.note'), children: viewing.note },
                {
                  key: 'by',
                  label: t('afterFinal.revocations.decidedBy'),
                  children: viewing.decidedByName,
                },
                {
                  key: 'at',
                  label: t('afterFinal.revocations.decidedAt'),
                  children: chinaDateTime(viewing.decidedAt),
                },
                {
                  key: 'on',
                  label: t('afterFinal.revocations.effectiveOn'),
                  children: viewing.effectiveOn,
                },
              ]
            : []
        }
      />
    </Card>
  );
}
