import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi, type CalendarYear } from '../../api/calendar.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { compactDates, parseDateLines } from '../../lib/date-lines.ts';
import { chinaDateTime } from '../../lib/format-time.ts';
import { useWorkingCalendar } from '../../lib/use-working-calendar.ts';

interface FormValues {
  calendarYear: number | null;
  calendarSource: string;
  holidays: string;
  workingDays: string;
}

/**
 * 节假日安排: the years the working-day calendar holds, and the administrator entering or
 * importing a year's arrangement from the State Council notice. Every working-day count of the
 * procedures uses it; a year it does not hold is refused.
 */
export function Calendar() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { overview, loading, error: loadError, reload } = useWorkingCalendar();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const to = t('calendar.to');

  const done = (stored: CalendarYear, key: 'calendar.saved' | 'calendar.imported') => {
    void message.success(t(key, { year: stored.year }));
    setError(undefined);
    form.resetFields();
    reload();
  };

  const save = async (values: FormValues) => {
    setSaving(true);
    try {
      const stored = await calendarApi.enter({
        year: values.calendarYear,
        source: values.calendarSource ?? '',
        holidays: parseDateLines(values.holidays ?? '').dates,
        workingDays: parseDateLines(values.workingDays ?? '').dates,
      });
      done(stored, 'calendar.saved');
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setSaving(false);
    }
  };

  const importFile = async (file: File) => {
    setSaving(true);
    try {
      done(await calendarApi.importFile(await file.text()), 'calendar.imported');
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const dateLines = {
    validator: async (_: unknown, value: string | undefined) => {
      const { bad } = parseDateLines(value ?? '');
      if (bad.length > 0) throw new Error(t('calendar.badDates', { items: bad.join('、') }));
    },
  };

  const days = (year: CalendarYear, dates: string[]) =>
    year.origin === 'built_in' ? (
      <Typography.Text type="secondary">{t('calendar.builtInDays')}</Typography.Text>
    ) : dates.length === 0 ? (
      t('calendar.none')
    ) : (
      compactDates(dates, to).join('；')
    );

  return (
    <Flex vertical gap="middle" data-testid="admin-calendar">
      <Card title={t('calendar.title')}>
        <Flex vertical gap="middle">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('calendar.intro', {
              first: overview?.builtIn.firstYear ?? '…',
              last: overview?.builtIn.lastYear ?? '…',
            })}
          </Typography.Paragraph>
          {overview?.missingNextYear && (
            <Alert
              type="warning"
              showIcon
              data-testid="calendar-missing"
              title={t('calendar.missing', { year: overview.missingNextYear })}
              description={t('calendar.missingBody', { year: overview.missingNextYear })}
            />
          )}
          <ApiErrorAlert error={loadError} />
          <Table<CalendarYear>
            rowKey="year"
            size="small"
            loading={loading}
            dataSource={overview?.years ?? []}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            data-testid="calendar-years"
            scroll={{ x: 900 }}
            columns={[
              { title: t('calendar.year'), dataIndex: 'year', width: 80 },
              {
                title: t('calendar.origin'),
                width: 280,
                render: (_, year) =>
                  year.origin === 'built_in' ? (
                    <Tag>{t('calendar.builtIn')}</Tag>
                  ) : (
                    <Flex gap={4} wrap>
                      <Tag color="blue">{t('calendar.entered')}</Tag>
                      <span>{year.source}</span>
                    </Flex>
                  ),
              },
              {
                title: t('calendar.holidays'),
                render: (_, year) => days(year, year.holidays),
              },
              {
                title: t('calendar.workingDays'),
                width: 200,
                render: (_, year) => days(year, year.workingDays),
              },
              {
                title: t('calendar.enteredAt'),
                width: 170,
                render: (_, year) => (year.enteredAt ? chinaDateTime(year.enteredAt) : '—'),
              },
            ]}
          />
        </Flex>
      </Card>
      <Card title={t('calendar.enterTitle')}>
        <Flex vertical gap="middle">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('calendar.enterIntro')}
          </Typography.Paragraph>
          <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
          <Form<FormValues>
            form={form}
            layout="vertical"
            onFinish={(values) => void save(values)}
            data-testid="calendar-form"
            style={{ maxWidth: 640 }}
          >
            <Form.Item
              name="calendarYear"
              label={t('calendar.calendarYear')}
              rules={[
                {
                  required: true,
                  message: t('calendar.required', { field: t('calendar.calendarYear') }),
                },
              ]}
            >
              <InputNumber
                min={2000}
                max={2100}
                precision={0}
                style={{ width: 160 }}
                data-testid="calendar-year"
              />
            </Form.Item>
            <Form.Item
              name="calendarSource"
              label={t('calendar.calendarSource')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('calendar.required', { field: t('calendar.calendarSource') }),
                },
              ]}
            >
              <Input
                maxLength={200}
                placeholder={t('calendar.sourcePlaceholder')}
                data-testid="calendar-source"
              />
            </Form.Item>
            <Form.Item
              name="holidays"
              label={t('calendar.holidays')}
              extra={t('calendar.holidaysHelp')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('calendar.required', { field: t('calendar.holidays') }),
                },
                dateLines,
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 4 }} data-testid="calendar-holidays" />
            </Form.Item>
            <Form.Item
              name="workingDays"
              label={t('calendar.workingDays')}
              extra={t('calendar.workingDaysHelp')}
              rules={[dateLines]}
            >
              <Input.TextArea autoSize={{ minRows: 2 }} data-testid="calendar-working-days" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="calendar-save">
              {t('calendar.save')}
            </Button>
          </Form>
        </Flex>
      </Card>
      <Card title={t('calendar.importTitle')}>
        <Flex vertical gap="small">
          <Typography.Text type="secondary">{t('calendar.importIntro')}</Typography.Text>
          <div>
            <Upload
              accept=".json,application/json"
              maxCount={1}
              showUploadList={false}
              beforeUpload={(file) => {
                void importFile(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={saving} data-testid="calendar-import">
                {t('calendar.import')}
              </Button>
            </Upload>
          </div>
        </Flex>
      </Card>
    </Flex>
  );
}
