import { Alert, Button, Card, Descriptions, Form, Input, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { formatTime } from '../../components/apply/format.ts';
import { hqApi, type Objection, type PublishedList } from '../../components/apply/hq-api.ts';
import { phoneRule } from '../../components/apply/rules.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';
import { objectionsOpen } from '../../shared.ts';

interface ObjectionValues {
  uscc: string;
  reason: string;
  contactName?: string;
  contactPhone?: string;
}

/** An objection to an enterprise on the list in publicity (88号 三、5), with a clear receipt. */
export function ObjectionForm({ list }: { list: PublishedList | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ObjectionValues>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [filed, setFiled] = useState<{ objection: Objection; name: string }>();
  const today = useProcedureToday();
  const open = objectionsOpen(list, today);

  const onFinish = async (values: ObjectionValues) => {
    if (!list) return;
    setError(undefined);
    setBusy(true);
    try {
      const objection = await hqApi.fileObjection({
        batchId: list.batchId,
        uscc: values.uscc,
        reason: values.reason.trim(),
        ...(values.contactName?.trim() ? { contactName: values.contactName.trim() } : {}),
        ...(values.contactPhone?.trim() ? { contactPhone: values.contactPhone.trim() } : {}),
      });
      const name = list.entries.find((e) => e.uscc === values.uscc)?.name ?? values.uscc;
      setFiled({ objection, name });
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setBusy(false);
    }
  };

  if (filed) {
    return (
      <Card title={t('apply.objection.title')} data-testid="objection-form">
        <Result
          status="success"
          title={t('apply.objection.doneTitle')}
          subTitle={t('apply.objection.doneHelp', { ends: list?.publicityEndsOn ?? '—' })}
          data-testid="objection-receipt"
          style={{ padding: '16px 0' }}
          extra={
            <Button
              onClick={() => {
                setFiled(undefined);
                form.resetFields();
              }}
            >
              {t('apply.objection.another')}
            </Button>
          }
        >
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'no',
                label: t('apply.objection.receiptNo'),
                children: (
                  <Typography.Text strong copyable data-testid="objection-receipt-no">
                    {filed.objection.receiptNo}
                  </Typography.Text>
                ),
              },
              { key: 'who', label: t('apply.objection.enterprise'), children: filed.name },
              {
                key: 'at',
                label: t('apply.objection.filedAt'),
                children: formatTime(filed.objection.filedAt),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('afterFinal.receipt.lookupHelp')}
          </Typography.Paragraph>
        </Result>
      </Card>
    );
  }

  return (
    <Card title={t('apply.objection.title')} data-testid="objection-form" id="objection">
      <Typography.Paragraph type="secondary">{t('apply.objection.intro')}</Typography.Paragraph>
      {list && !open && (
        <Alert
          type="info"
          showIcon
          title={
            list.state === 'publicity' && list.publicityStartsOn && list.publicityEndsOn
              ? t('apply.objection.outsidePeriod', {
                  from: list.publicityStartsOn,
                  to: list.publicityEndsOn,
                })
              : t('apply.objection.closed')
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {!list && (
        <Alert
          type="info"
          showIcon
          title={t('apply.objection.noList')}
          style={{ marginBottom: 16 }}
        />
      )}
      {open && list && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('apply.objection.window', {
            from: list.publicityStartsOn ?? '—',
            to: list.publicityEndsOn ?? '—',
          })}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        disabled={!open}
        onFinish={(v) => void onFinish(v)}
        requiredMark
      >
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        <Form.Item
          name="uscc"
          label={t('apply.objection.enterprise')}
          rules={[{ required: true, message: t('apply.objection.enterpriseRequired') }]}
        >
          <Select
            showSearch={{
              filterOption: (input, option) =>
                String(option?.label ?? '')
                  .toUpperCase()
                  .includes(input.trim().toUpperCase()),
            }}
            placeholder={t('apply.objection.enterprisePlaceholder')}
            options={(list?.entries ?? []).map((e) => ({
              value: e.uscc,
              label: `${e.name}（${e.uscc}）`,
            }))}
            data-testid="objection-enterprise"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('apply.objection.reason')}
          rules={[
            { required: true, whitespace: true, message: t('apply.objection.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="contactName" label={t('apply.objection.contactName')}>
          <Input maxLength={100} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('apply.objection.contactPhone')}
          extra={t('apply.objection.contactHelp')}
          rules={[phoneRule]}
        >
          <Input maxLength={30} inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('apply.objection.submit')}
        </Button>
      </Form>
    </Card>
  );
}
