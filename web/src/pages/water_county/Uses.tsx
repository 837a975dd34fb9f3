import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waterApi, type UseCategories, type UseEntry, type WaterUse } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLang } from '../../components/rating/common.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { Money } from '../../components/water/Money.tsx';
import { compareDecimals, sumDecimals, YUAN_PATTERN } from '../../components/water/money.ts';
import { WaterYearPage } from '../../components/water/WaterYearPage.tsx';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { chinaDateOf } from '../../lib/format-time.ts';

/** 资金使用: the receiver reports what the fund was spent on, by the categories of W8. */
export function Uses() {
  const { t } = useTranslation();
  return (
    <WaterYearPage title={t('water.uses.title')} testId="water-county-uses">
      {(year, county) => <YearUses year={year} county={county} />}
    </WaterYearPage>
  );
}

function YearUses({ year, county }: { year: number; county: string | undefined }) {
  const { t } = useTranslation();
  const categories = useLoad((signal) => waterApi.useCategories({ signal }), []);
  const uses = useLoad((signal) => waterApi.uses(year, { signal }), [year]);
  const detail = useLoad((signal) => waterApi.year(year, { signal }), [year]);
  const error = categories.error ?? uses.error ?? detail.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!categories.data || !uses.data || !detail.data) return <Spin />;
  if (county && !detail.data.receivers.includes(county)) {
    return <Alert type="info" showIcon title={t('water.county.notReceiver', { county })} />;
  }
  const own = uses.data.uses.filter((u) => u.county === county);
  const balance = uses.data.balances.find((b) => b.county === county);
  return (
    <Flex vertical gap="middle">
      <Balance
        transferred={balance?.transferred}
        used={balance?.used ?? sumDecimals(own.map((u) => u.amount))}
        remaining={balance?.remaining}
      />
      {detail.data.state === 'allocated' ? (
        <UseForm year={year} categories={categories.data} onAdded={uses.reload} />
      ) : (
        <Alert type="info" showIcon title={t('water.uses.notYet')} />
      )}
      <UsesTable uses={own} categories={categories.data} />
    </Flex>
  );
}

function Balance({
  transferred,
  used,
  remaining,
}: {
  transferred: string | undefined;
  used: string;
  remaining: string | undefined;
}) {
  const { t } = useTranslation();
  const over = transferred !== undefined && compareDecimals(used, transferred) > 0;
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="uses-balance">
      <Descriptions.Item label={t('water.uses.transferred')}>
        <Money value={transferred} />
      </Descriptions.Item>
      <Descriptions.Item label={t('water.uses.used')}>
        <span data-testid="uses-total">
          <Money value={used} strong />
        </span>
        {over && <Typography.Text type="danger"> {t('water.uses.over')}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('water.uses.remaining')}>
        <Money value={remaining} />
      </Descriptions.Item>
    </Descriptions>
  );
}

function UseForm({
  year,
  categories,
  onAdded,
}: {
  year: number;
  categories: UseCategories;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<UseEntry>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (values: UseEntry) => {
    setBusy(true);
    setError(undefined);
    try {
      await waterApi.addUse(year, {
        category: values.category,
        amount: values.amount.trim(),
        description: values.description.trim(),
      });
      void message.success(t('water.uses.added'));
      form.resetFields();
      onAdded();
    } catch (cause) {
      setError(applyApiError(form, cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap="small">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('water.uses.report')}
      </Typography.Title>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        data-testid="use-form"
        style={{ maxWidth: 720 }}
      >
        <Form.Item
          name="category"
          label={t('water.uses.category')}
          extra={t('water.uses.categoryHelp')}
          rules={[{ required: true, message: t('water.uses.errCategory') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="use-category"
            options={[
              {
                label: t('water.uses.allowedGroup'),
                options: categories.allowed.map((c) => ({
                  value: c.category,
                  label: c.label[lang],
                })),
              },
              {
                label: t('water.uses.forbiddenGroup'),
                options: categories.forbidden.map((c) => ({
                  value: c.category,
                  label: c.label[lang],
                })),
              },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('water.uses.amount')}
          rules={[
            { required: true, message: t('water.uses.errAmount') },
            { pattern: YUAN_PATTERN, message: t('water.uses.errAmount') },
          ]}
        >
          <Input inputMode="decimal" suffix="元" data-testid="use-amount" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('water.uses.description')}
          rules={[{ required: true, whitespace: true, message: t('water.uses.errDescription') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} data-testid="use-description" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={busy}
          data-testid="use-submit"
        >
          {t('water.uses.submit')}
        </Button>
      </Form>
    </Flex>
  );
}

function UsesTable({ uses, categories }: { uses: WaterUse[]; categories: UseCategories }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = new Map(
    [...categories.allowed, ...categories.forbidden].map((c) => [c.category, c.label[lang]]),
  );
  return (
    <Table<WaterUse>
      rowKey="id"
      size="small"
      bordered
      pagination={false}
      dataSource={uses}
      data-testid="uses-table"
      scroll={{ x: 720 }}
      locale={{ emptyText: t('water.uses.none') }}
      columns={[
        {
          key: 'category',
          title: t('water.uses.category'),
          width: 220,
          render: (_, u) => labels.get(u.category) ?? u.category,
        },
        {
          key: 'amount',
          title: t('water.uses.amount'),
          width: 170,
          align: 'right',
          render: (_, u) => <Money value={u.amount} />,
        },
        { key: 'description', title: t('water.uses.description'), dataIndex: 'description' },
        {
          key: 'at',
          title: t('water.uses.recordedAt'),
          width: 150,
          render: (_, u) => `${chinaDateOf(u.recordedAt)} · ${u.recordedBy}`,
        },
      ]}
      summary={() =>
        uses.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('water.uses.totalRow')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Money value={sumDecimals(uses.map((u) => u.amount))} strong />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={2} />
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
