import { App, Button, Card, Flex, Form, Input, Popconfirm, Table, Typography } from 'antd';
import { Alert } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { reviewApi } from '../../components/review/api.ts';
import { BatchSelect, dateTime, StateTag } from '../../components/review/common.tsx';
import { useBatchChoice } from '../../components/review/useBatches.ts';
import { useLoad } from '../../components/review/useLoad.ts';
import { ProcedureDatePicker } from '../../components/ProcedureDatePicker.tsx';

interface LetterFields {
  letterNumber: string;
  letterDate: Dayjs;
}

/** The county's pass list, reported to the city bureau by letter (number and date). */
export function PassList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { batches, list, batchId, setBatchId } = useBatchChoice(['review']);
  const [form] = Form.useForm<LetterFields>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const data = useLoad(
    async (signal) => {
      if (!batchId) return { passed: [], pending: 0 };
      const [passed, pending] = await Promise.all([
        reviewApi.applications({ batch: batchId, state: 'county_passed' }, signal),
        reviewApi.applications({ batch: batchId, state: 'submitted' }, signal),
      ]);
      return { passed, pending: pending.length };
    },
    [batchId],
  );
  const passed = data.data?.passed ?? [];
  const pending = data.data?.pending ?? 0;

  const report = async () => {
    if (!batchId) return;
    const fields = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const made = await reviewApi.report(
        batchId,
        fields.letterNumber.trim(),
        fields.letterDate.format('YYYY-MM-DD'),
      );
      void message.success(t('review.county.reported', { count: made.applications.length }));
      form.resetFields();
      data.reload();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('review.county.passListTitle')} data-testid="county-pass-list">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('review.county.passListIntro')}
        </Typography.Paragraph>
        <ApiErrorAlert error={batches.error ?? data.error ?? error} />
        <BatchSelect batches={list} value={batchId} onChange={setBatchId} />
        {pending > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('review.county.pendingLeft', { count: pending })}
          />
        )}
        <Table
          size="middle"
          rowKey="id"
          loading={data.loading}
          dataSource={passed}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('review.county.noPassed') }}
          title={() => t('review.county.passListCount', { count: passed.length })}
          columns={[
            { key: 'name', dataIndex: 'name', title: t('review.common.enterprise') },
            { key: 'uscc', dataIndex: 'uscc', title: t('review.common.uscc') },
            {
              key: 'submittedAt',
              title: t('review.common.submittedAt'),
              render: (_, a) => dateTime(a.submittedAt),
            },
            {
              key: 'state',
              title: t('review.common.state'),
              render: (_, a) => <StateTag state={a.state} label={a.stateLabel} />,
            },
          ]}
        />
        <Form form={form} layout="inline" requiredMark>
          <Form.Item
            name="letterNumber"
            label={t('review.county.letterNumber')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('review.county.letterNumberRequired'),
              },
            ]}
          >
            <Input
              style={{ width: 260 }}
              placeholder={t('review.county.letterNumberPlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="letterDate"
            label={t('review.county.letterDate')}
            rules={[{ required: true, message: t('review.county.letterDateRequired') }]}
          >
            <ProcedureDatePicker />
          </Form.Item>
          <Form.Item>
            <Popconfirm
              title={t('review.county.reportConfirm', { count: passed.length })}
              okText={t('review.county.report')}
              cancelText={t('review.common.cancel')}
              onConfirm={() => void report().catch(() => {})}
              disabled={passed.length === 0 || pending > 0}
            >
              <Button type="primary" loading={busy} disabled={passed.length === 0 || pending > 0}>
                {t('review.county.report')}
              </Button>
            </Popconfirm>
          </Form.Item>
        </Form>
      </Flex>
    </Card>
  );
}
