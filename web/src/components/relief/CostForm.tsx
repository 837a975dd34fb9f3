import { App as AntApp, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_LAYERS, reliefApi, type Cost, type CostLayers } from '../../api/relief.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { Yuan } from './common.tsx';
import { fenToText, remaining, toFen } from './money.ts';

const FIELDS = ['totalCost', ...COST_LAYERS] as const;

/**
 * A family's cost of one year by layer (MD1): the total, the four layers before the charity relief
 * (M3), and what is left out of pocket, computed here exactly as the server does.
 */
export function CostForm({
  familyId,
  year,
  current,
  onSaved,
}: {
  familyId: string;
  year: number;
  current: Cost | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CostLayers>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const values = Form.useWatch([], form) as Partial<CostLayers> | undefined;
  const left = remaining(
    values?.totalCost ?? '',
    COST_LAYERS.map((k) => values?.[k] ?? ''),
  );

  const save = async (body: CostLayers) => {
    setBusy(true);
    setError(undefined);
    try {
      await reliefApi.setCosts(familyId, year, body);
      void message.success(t('relief.cost.saved', { year }));
      onSaved();
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<CostLayers>
      form={form}
      layout="vertical"
      data-testid="cost-form"
      initialValues={
        current
          ? Object.fromEntries(FIELDS.map((k) => [k, current[k]]))
          : Object.fromEntries(FIELDS.map((k) => [k, '0.00']))
      }
      onFinish={(body) => void save(body)}
    >
      <Typography.Title level={5}>{t('relief.cost.formTitle', { year })}</Typography.Title>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
          columnGap: 8,
        }}
      >
        {FIELDS.map((key) => (
          <Form.Item
            key={key}
            name={key}
            label={t(`relief.cost.${key}`)}
            style={{ marginBottom: 12 }}
            rules={[
              { required: true, message: t('relief.cost.required') },
              {
                validator: (_, v: string) =>
                  !v || toFen(v) !== null
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('relief.cost.badAmount'))),
              },
            ]}
          >
            <Input inputMode="decimal" suffix={t('relief.common.yuanUnit')} data-field={key} />
          </Form.Item>
        ))}
      </div>
      <Flex gap="middle" align="center" wrap>
        <span data-testid="out-of-pocket">
          {t('relief.cost.outOfPocket')}
          {t('relief.common.colon')}
          {left === null ? '—' : <Yuan value={fenToText(left)} strong />}
        </span>
        {left !== null && left < 0n && (
          <Typography.Text type="danger" role="alert">
            {t('relief.cost.negative')}
          </Typography.Text>
        )}
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          disabled={left !== null && left < 0n}
        >
          {t('relief.cost.save')}
        </Button>
      </Flex>
    </Form>
  );
}
