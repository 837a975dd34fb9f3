import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Flex, Form, InputNumber, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { waterApi, type WaterYearSummary } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLang } from '../../components/rating/common.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { chinaDateOf } from '../../lib/format-time.ts';

/** 资金年度: the finance bureau opens a year of the fund (W2; 28号 covers 2023-2025). */
export function Years() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = AntApp.useApp();
  const years = useLoad((signal) => waterApi.years({ signal }), []);
  const [form] = Form.useForm<{ year: number }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const open = async ({ year }: { year: number }) => {
    setBusy(true);
    setError(undefined);
    try {
      await waterApi.openYear(year);
      void message.success(t('water.years.opened', { year }));
      form.resetFields();
      years.reload();
    } catch (cause) {
      setError(applyApiError(form, cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('water.years.title')} data-testid="water-years">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('water.years.intro')}
        </Typography.Paragraph>
        <ApiErrorAlert error={years.error} />
        <Form form={form} layout="inline" onFinish={(values) => void open(values)}>
          <Form.Item
            name="year"
            label={t('water.years.year')}
            rules={[{ required: true, message: t('water.years.errYear') }]}
          >
            <InputNumber min={2023} max={2025} precision={0} data-testid="open-year-input" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy}>
              {t('water.years.open')}
            </Button>
          </Form.Item>
        </Form>
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        <Table<WaterYearSummary>
          rowKey="year"
          size="small"
          bordered
          loading={years.loading}
          pagination={false}
          dataSource={years.data ?? []}
          scroll={{ x: 720 }}
          columns={[
            { key: 'year', title: t('water.years.year'), dataIndex: 'year', width: 80 },
            {
              key: 'state',
              title: t('water.years.state'),
              width: 130,
              render: (_, y) => (
                <Flex gap={4} wrap>
                  <Tag color={y.state === 'allocated' ? 'green' : 'blue'}>{y.stateLabel[lang]}</Tag>
                  {y.synthetic && <Tag color="orange">{t('water.common.synthetic')}</Tag>}
                </Flex>
              ),
            },
            { key: 'figures', title: t('water.years.figuresDue'), dataIndex: 'figuresDueOn' },
            {
              key: 'self',
              title: t('water.years.selfEvaluationDue'),
              dataIndex: 'selfEvaluationDueOn',
            },
            {
              key: 'opened',
              title: t('water.years.openedAt'),
              render: (_, y) => chinaDateOf(y.openedAt),
            },
            {
              key: 'links',
              title: t('water.years.go'),
              render: (_, y) => (
                <Flex gap="small" wrap>
                  <Link to={`/water/ledger?year=${y.year}`}>{t('water.nav.ledger')}</Link>
                  <Link to={`/water/figures?year=${y.year}`}>{t('water.nav.figures')}</Link>
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
