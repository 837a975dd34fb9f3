import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Modal, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_KINDS, SUPPORT_LABELS } from '../../../../src/workflow/hq-rating/benefits.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { localized, useApiGet, useLang, useStep } from '../../components/rating/common.tsx';
import { chinaDateTime } from '../../lib/format-time.ts';
import type { RatedEnterprise, SupportEntry } from './after-final-records.ts';
import { RatedEnterpriseSelect } from './RatedEnterpriseSelect.tsx';
import { RecordDetail } from './RecordDetail.tsx';

interface SupportValues {
  applicationId: string;
  kind: SupportEntry['kind'];
  note: string;
}

/**
 * Land, finance and credit support for rated enterprises (88号 四、3): the bureau records each
 * measure and reads them all, with who recorded it and when.
 */
export function Supports() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const list = useApiGet<{ supports: SupportEntry[] }>('/api/hq/supports');
  const rated = useApiGet<{ applications: RatedEnterprise[] }>('/api/hq/applications?state=final');
  const [open, setOpen] = useState(false);
  const [viewing, setViewing] = useState<SupportEntry | null>(null);
  const step = useStep();
  const [form] = Form.useForm<SupportValues>();
  const enterprises = rated.data?.applications ?? [];

  const submit = async () => {
    // Refused fields show their message under the field; nothing is sent.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const name = enterprises.find((e) => e.id === values.applicationId)?.name ?? '';
    const done = await step.run(`/api/hq/applications/${values.applicationId}/supports`, {
      kind: values.kind,
      note: values.note.trim(),
    });
    if (done === undefined) return;
    void message.success(
      t('afterFinal.supports.done', { name, kind: SUPPORT_LABELS[values.kind][lang] }),
    );
    setOpen(false);
    list.reload();
  };

  const close = () => {
    setOpen(false);
    step.clearError();
  };

  return (
    <Card
      title={t('afterFinal.supports.title')}
      data-testid="supports"
      extra={
        <Flex gap="small">
          <Button icon={<ReloadOutlined />} onClick={list.reload}>
            {t('afterFinal.common.refresh')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('afterFinal.supports.new')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <div style={{ color: 'rgba(0,0,0,0.55)' }}>{t('afterFinal.supports.intro')}</div>
        <ApiErrorAlert error={list.error ?? rated.error} />
        <Table<SupportEntry>
          size="middle"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.supports ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('afterFinal.supports.empty') }}
          data-testid="support-records"
          columns={[
            { key: 'name', dataIndex: 'name', title: t('afterFinal.common.enterprise') },
            { key: 'county', dataIndex: 'county', title: t('afterFinal.common.county') },
            {
              key: 'kind',
              title: t('afterFinal.supports.kind'),
              render: (_, r) => localized(r.kindLabel, lang),
            },
            { key: 'article', dataIndex: 'article', title: t('afterFinal.common.article') },
            { key: 'note', dataIndex: 'note', title: t('afterFinal.supports.note') },
            {
              key: 'recordedBy',
              title: t('afterFinal.supports.recordedBy'),
              render: (_, r) => r.recordedByName ?? '—',
            },
            {
              key: 'recordedAt',
              title: t('afterFinal.supports.recordedAt'),
              render: (_, r) => chinaDateTime(r.recordedAt),
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
        title={t('afterFinal.supports.dialogTitle')}
        onOk={() => void submit()}
        onCancel={close}
        confirmLoading={step.busy}
        okText={t('afterFinal.supports.submit')}
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
              testId="support-enterprise"
            />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('afterFinal.supports.kind')}
            rules={[{ required: true, message: t('afterFinal.supports.kindRequired') }]}
          >
            <Radio.Group>
              {SUPPORT_KINDS.map((kind) => (
                <Radio key={kind} value={kind}>
                  {SUPPORT_LABELS[kind][lang]}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="note"
            label={t('afterFinal.supports.note')}
            extra={t('afterFinal.supports.noteHelp')}
            rules={[
              { required: true, whitespace: true, message: t('afterFinal.supports.noteRequired') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>

      <RecordDetail
        record={viewing}
        testId="support-detail"
        onClose={() => setViewing(null)}
        lines={
          viewing
            ? [
                {
                  key: 'kind',
                  label: t('afterFinal.supports.kind'),
                  children: localized(viewing.kindLabel, lang),
                },
                {
                  key: 'article',
                  label: t('afterFinal.common.article'),
                  children: viewing.article,
                },
                { key: 'note', label: t('afterFinal.supports.note'), children: viewing.note },
                {
                  key: 'by',
                  label: t('afterFinal.supports.recordedBy'),
                  children: viewing.recordedByName ?? '—',
                },
                {
                  key: 'at',
                  label: t('afterFinal.supports.recordedAt'),
                  children: chinaDateTime(viewing.recordedAt),
                },
              ]
            : []
        }
      />
    </Card>
  );
}
