import { Alert, Button, Card, Descriptions, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  normalReceiptNo,
  OBJECTION_RECEIPT_PATTERN,
} from '../../../../src/workflow/hq-rating/objection-receipt.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { hqApi, type ObjectionOutcome } from '../../components/apply/hq-api.ts';
import { chinaDateTime } from '../../lib/format-time.ts';

const STATE_COLOURS = { open: 'processing', dismissed: 'default', upheld: 'orange' } as const;

/**
 * The objector looks up the outcome by the receipt number, without signing in: what the bureau
 * decided and why, never anyone's contact.
 */
export function ObjectionLookup() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ receiptNo: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<ObjectionOutcome>();

  const onFinish = async ({ receiptNo }: { receiptNo: string }) => {
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    try {
      setOutcome(await hqApi.lookUpObjection(normalReceiptNo(receiptNo)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('afterFinal.lookup.title')} data-testid="objection-lookup" id="objection-lookup">
      <Typography.Paragraph type="secondary">{t('afterFinal.lookup.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="receiptNo"
          label={t('afterFinal.lookup.receiptNo')}
          rules={[
            { required: true, whitespace: true, message: t('afterFinal.lookup.receiptRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || OBJECTION_RECEIPT_PATTERN.test(normalReceiptNo(value))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('afterFinal.lookup.receiptFormat'))),
            },
          ]}
        >
          <Input maxLength={40} placeholder="YY20260316-4K7QMZ" autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('afterFinal.lookup.submit')}
        </Button>
      </Form>
      <Flex vertical gap="small" style={{ marginTop: 16 }}>
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        {outcome && (
          <>
            <Descriptions
              size="small"
              column={1}
              bordered
              data-testid="objection-outcome"
              items={[
                {
                  key: 'no',
                  label: t('afterFinal.lookup.receiptNo'),
                  children: outcome.receiptNo,
                },
                { key: 'batch', label: t('afterFinal.lookup.batch'), children: outcome.batchTitle },
                { key: 'who', label: t('afterFinal.lookup.enterprise'), children: outcome.name },
                {
                  key: 'at',
                  label: t('afterFinal.lookup.filedAt'),
                  children: chinaDateTime(outcome.filedAt),
                },
                {
                  key: 'state',
                  label: t('afterFinal.lookup.state'),
                  children: (
                    <Tag color={STATE_COLOURS[outcome.state]}>
                      {t(`afterFinal.lookup.states.${outcome.state}`)}
                    </Tag>
                  ),
                },
                ...(outcome.state === 'open'
                  ? []
                  : [
                      {
                        key: 'reason',
                        label: t('afterFinal.lookup.outcomeReason'),
                        children: outcome.outcomeReason,
                      },
                      {
                        key: 'resolvedAt',
                        label: t('afterFinal.lookup.resolvedAt'),
                        children: chinaDateTime(outcome.resolvedAt),
                      },
                    ]),
              ]}
            />
            {outcome.state === 'open' && (
              <Alert type="info" showIcon title={t('afterFinal.lookup.pending')} />
            )}
            {outcome.figuresChanged && (
              <Alert type="warning" showIcon title={t('afterFinal.lookup.figuresChanged')} />
            )}
          </>
        )}
      </Flex>
    </Card>
  );
}
