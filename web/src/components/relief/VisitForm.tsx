import { App as AntApp, Button, Flex, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reliefApi, VISIT_RESULTS, type VisitResult, type Warning } from '../../api/relief.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { ProcedureDatePicker } from '../ProcedureDatePicker.tsx';

const DATE = 'YYYY-MM-DD';

interface VisitValues {
  visitedOn: Dayjs;
  result: VisitResult;
  note: string;
}

/**
 * The township's offline visit of a warned family (M6): the day (not after today, not before the
 * warning was raised), what was found, and a note.
 */
export function VisitForm({
  warning,
  onSaved,
  onCancel,
}: {
  warning: Warning;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<VisitValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // The procedure's date (a demo server's may be moved), not the browser's.
  const today = useProcedureToday();
  useEffect(() => {
    if (!form.isFieldTouched('visitedOn')) form.setFieldValue('visitedOn', dayjs(today, DATE));
  }, [form, today]);

  const save = async (values: VisitValues) => {
    setBusy(true);
    setError(undefined);
    try {
      await reliefApi.recordVisit(warning.id, {
        visitedOn: values.visitedOn.format(DATE),
        result: values.result,
        note: values.note?.trim() ?? '',
      });
      void message.success(t('relief.visit.saved', { code: warning.familyCode }));
      onSaved();
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<VisitValues>
      form={form}
      layout="vertical"
      data-testid="visit-form"
      initialValues={{ visitedOn: dayjs(today, DATE), note: '' }}
      onFinish={(v) => void save(v)}
      style={{ width: '100%' }}
    >
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Form.Item
        name="visitedOn"
        label={t('relief.visit.date')}
        rules={[{ required: true, message: t('relief.visit.dateRequired') }]}
      >
        <ProcedureDatePicker
          format={DATE}
          inputReadOnly
          style={{ width: '100%', maxWidth: 220 }}
          disabledDate={(d) => d.format(DATE) > today || d.format(DATE) < warning.raisedOn}
          data-testid="visit-date"
        />
      </Form.Item>
      <Form.Item
        name="result"
        label={t('relief.visit.result')}
        rules={[{ required: true, message: t('relief.visit.resultRequired') }]}
      >
        <Radio.Group data-testid="visit-result-choice">
          <Flex vertical gap={4}>
            {VISIT_RESULTS.map((r) => (
              <Radio key={r} value={r}>
                {t(`relief.visit.results.${r}`)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('relief.visit.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount data-testid="visit-note" />
      </Form.Item>
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="visit-save">
          {t('relief.visit.save')}
        </Button>
        <Button onClick={onCancel}>{t('relief.common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
