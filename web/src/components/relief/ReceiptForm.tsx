import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEIPT_SOURCES, reliefApi, type ReceiptInput } from '../../api/relief.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { toFen } from './money.ts';
import { ProcedureDatePicker } from '../ProcedureDatePicker.tsx';

const DATE = 'YYYY-MM-DD';

interface ReceiptValues extends Omit<ReceiptInput, 'receivedOn'> {
  receivedOn: Dayjs;
}

/** Records money received for a pilot county: the city's allocation or the local match (M4). */
export function ReceiptForm({
  year,
  counties,
  onSaved,
}: {
  year: number;
  counties: readonly string[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  // The procedure's date (a demo server's may be moved), not the browser's.
  const today = useProcedureToday();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<ReceiptValues>();

  const save = async (values: ReceiptValues) => {
    setBusy(true);
    setError(undefined);
    try {
      await reliefApi.recordReceipt(year, {
        ...values,
        amount: values.amount.trim(),
        receivedOn: values.receivedOn.format(DATE),
      });
      void message.success(t('relief.fund.receiptSaved'));
      setOpen(false);
      onSaved();
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => {
          setError(undefined);
          setOpen(true);
        }}
        data-testid="record-receipt"
      >
        {t('relief.fund.record')}
      </Button>
      <Modal
        open={open}
        title={t('relief.fund.recordTitle', { year })}
        okText={t('relief.fund.save')}
        cancelText={t('relief.common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ApiErrorAlert error={error} />
        <Form<ReceiptValues>
          form={form}
          layout="vertical"
          preserve={false}
          data-testid="receipt-form"
          initialValues={{ source: 'city', receivedOn: dayjs(today, DATE) }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item
            name="county"
            label={t('relief.common.county')}
            rules={[{ required: true, message: t('relief.fund.countyRequired') }]}
          >
            <Select options={counties.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="source" label={t('relief.fund.source')} rules={[{ required: true }]}>
            <Radio.Group
              options={RECEIPT_SOURCES.map((s) => ({
                value: s,
                label: t(`relief.fund.sources.${s}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('relief.fund.amount')}
            rules={[
              { required: true, message: t('relief.cost.required') },
              {
                validator: (_, v: string) =>
                  !v || (toFen(v) ?? 0n) > 0n
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('relief.fund.badAmount'))),
              },
            ]}
          >
            <Input inputMode="decimal" suffix={t('relief.common.yuanUnit')} />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label={t('relief.fund.receivedOn')}
            rules={[{ required: true, message: t('relief.fund.dateRequired') }]}
          >
            <ProcedureDatePicker format={DATE} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reference"
            label={t('relief.fund.reference')}
            rules={[
              { required: true, whitespace: true, message: t('relief.fund.referenceRequired') },
            ]}
          >
            <Input maxLength={100} placeholder={t('relief.fund.referenceHint')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
