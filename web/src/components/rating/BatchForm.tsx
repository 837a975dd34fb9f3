import { Alert, DatePicker, Divider, Form, Input, InputNumber, Modal, Radio, Row, Col } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { DecisionsList } from './DecisionsList.tsx';
import { PublicityEnd } from './PublicityEnd.tsx';
import type { Batch } from './types.ts';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';

interface Values {
  year: number;
  title: string;
  announcementText: string;
  announcementOn?: string;
  opensOn?: string;
  closesOn?: string;
  ratingDate?: string;
  publicityStartsOn?: string;
  publicityWorkingDays: number;
  noSpread: 'full_weight' | 'zero';
  displayPlaces: number;
  exportPlaces: number;
}

const DATE = 'YYYY-MM-DD';
const dateProps = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value, DATE) : undefined }),
  normalize: (value: Dayjs | null) => (value ? value.format(DATE) : undefined),
};

/** Create or edit a draft batch; the publicity end date is computed as you type (D7). */
export function BatchForm({
  batch,
  open,
  onClose,
  onSaved,
}: {
  batch: Batch | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const start = Form.useWatch('publicityStartsOn', form);
  const days = Form.useWatch('publicityWorkingDays', form);
  // The procedure's year (China time, or a demo server's date), not the browser's calendar.
  const year = Number(useProcedureToday().slice(0, 4));
  const initial: Partial<Values> = batch
    ? {
        ...batch,
        publicityStartsOn: batch.publicityStartsOn ?? undefined,
        noSpread: batch.settings.noSpread,
        displayPlaces: batch.settings.displayPlaces,
        exportPlaces: batch.settings.exportPlaces,
      }
    : {
        year,
        publicityWorkingDays: 7,
        noSpread: 'full_weight',
        displayPlaces: 2,
        exportPlaces: 4,
      };
  const required = (field: string) => [
    { required: true, message: t('rating.batches.required', { field }) },
  ];

  const save = async () => {
    const values = await form.validateFields();
    const body = {
      year: values.year,
      title: values.title,
      announcementText: values.announcementText,
      announcementOn: values.announcementOn,
      opensOn: values.opensOn,
      closesOn: values.closesOn,
      ratingDate: values.ratingDate,
      publicityStartsOn: values.publicityStartsOn,
      publicityWorkingDays: values.publicityWorkingDays,
      settings: {
        noSpread: values.noSpread,
        displayPlaces: values.displayPlaces,
        exportPlaces: values.exportPlaces,
      },
    };
    setSaving(true);
    setError(undefined);
    try {
      if (batch) await api.patch(`/api/hq/batches/${batch.id}`, body);
      else await api.post('/api/hq/batches', body);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      width={920}
      title={batch ? t('rating.batches.formTitleEdit') : t('rating.batches.formTitleNew')}
      okText={t('rating.common.save')}
      cancelText={t('rating.common.cancel')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="batch-form"
    >
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item
              name="year"
              label={t('rating.batches.year')}
              rules={required(t('rating.batches.year'))}
            >
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item
              name="title"
              label={t('rating.batches.name')}
              rules={required(t('rating.batches.name'))}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="announcementText"
          label={t('rating.batches.announcementText')}
          rules={required(t('rating.batches.announcementText'))}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Row gutter={16}>
          {(['announcementOn', 'opensOn', 'closesOn', 'ratingDate'] as const).map((name) => (
            <Col span={6} key={name}>
              <Form.Item
                name={name}
                label={t(`rating.batches.${name}`)}
                rules={required(t(`rating.batches.${name}`))}
                {...dateProps}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item
              name="publicityStartsOn"
              label={t('rating.batches.publicityStartsOn')}
              {...dateProps}
            >
              <DatePicker style={{ width: '100%' }} data-testid="publicity-start" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="publicityWorkingDays" label={t('rating.batches.publicityWorkingDays')}>
              <InputNumber min={1} max={60} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('rating.batches.publicityEndsOn')}>
              <PublicityEnd start={start} days={days} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('rating.batches.settings')}</Divider>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="noSpread" label={t('rating.batches.noSpread')}>
              <Radio.Group>
                <Radio value="full_weight">{t('rating.batches.noSpreadFull')}</Radio>
                <Radio value="zero">{t('rating.batches.noSpreadZero')}</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="displayPlaces" label={t('rating.batches.displayPlaces')}>
              <InputNumber min={0} max={8} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="exportPlaces" label={t('rating.batches.exportPlaces')}>
              <InputNumber min={0} max={8} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {batch?.synthetic && <Alert type="warning" title={t('rating.common.synthetic')} />}
        <DecisionsList />
      </Form>
    </Modal>
  );
}
