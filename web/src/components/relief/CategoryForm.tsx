import { App as AntApp, Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, reliefApi, type Category } from '../../api/relief.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';

interface CategoryValues {
  category: Category;
  note: string;
}

/** M1: civil affairs decides whether a family is of the second category, with a note why. */
export function CategoryForm({
  familyId,
  current,
  onSaved,
}: {
  familyId: string;
  current: Category | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CategoryValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const save = async (values: CategoryValues) => {
    setBusy(true);
    setError(undefined);
    try {
      await reliefApi.setCategory(familyId, { category: values.category, note: values.note ?? '' });
      void message.success(t('relief.category.saved'));
      onSaved();
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<CategoryValues>
      form={form}
      layout="vertical"
      data-testid="category-form"
      initialValues={{ category: current ?? undefined, note: '' }}
      onFinish={(v) => void save(v)}
    >
      <Typography.Title level={5}>{t('relief.category.formTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('relief.category.formIntro')}</Typography.Paragraph>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Form.Item
        name="category"
        label={t('relief.category.label')}
        rules={[{ required: true, message: t('relief.category.required') }]}
      >
        <Radio.Group
          options={CATEGORIES.map((c) => ({ value: c, label: t(`relief.category.c${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('relief.category.note')}
        rules={[{ required: true, whitespace: true, message: t('relief.category.noteRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('relief.category.save')}
      </Button>
    </Form>
  );
}
