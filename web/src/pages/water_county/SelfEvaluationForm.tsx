import { SendOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Flex, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waterApi, type SelfEvaluation } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { DueDate } from '../../components/water/DueDate.tsx';
import { compareDecimals } from '../../components/water/money.ts';
import { WaterYearPage } from '../../components/water/WaterYearPage.tsx';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { chinaDateTime } from '../../lib/format-time.ts';

const SCORE = /^\d+(\.\d+)?$/;

/** 绩效自评: the receiver's performance self-evaluation, due by the end of March (W9). */
export function SelfEvaluationPage() {
  const { t } = useTranslation();
  return (
    <WaterYearPage title={t('water.selfEvaluation.title')} testId="water-county-self-evaluation">
      {(year) => <YearSelfEvaluation year={year} />}
    </WaterYearPage>
  );
}

function YearSelfEvaluation({ year }: { year: number }) {
  const loaded = useLoad((signal) => waterApi.selfEvaluation(year, { signal }), [year]);
  const [fresh, setFresh] = useState<SelfEvaluation>();
  const data = fresh ?? loaded.data;
  if (loaded.error) return <ApiErrorAlert error={loaded.error} />;
  if (!data) return <Spin />;
  return <EvaluationForm year={year} data={data} onSaved={setFresh} />;
}

function EvaluationForm({
  year,
  data,
  onSaved,
}: {
  year: number;
  data: SelfEvaluation;
  onSaved: (data: SelfEvaluation) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ summary: string; score: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (values: { summary: string; score: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await waterApi.saveSelfEvaluation(year, {
        summary: values.summary.trim(),
        score: values.score.trim(),
      });
      void message.success(t('water.selfEvaluation.saved'));
      onSaved(saved);
    } catch (cause) {
      setError(applyApiError(form, cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap="middle">
      <DueDate
        dueOn={data.dueOn}
        late={data.late}
        rule={t('water.selfEvaluation.dueRule')}
        testId="self-evaluation-due"
      />
      {data.submittedAt ? (
        <Alert
          type="success"
          showIcon
          data-testid="self-evaluation-submitted"
          title={t('water.selfEvaluation.submittedAt', {
            at: chinaDateTime(data.submittedAt),
          })}
        />
      ) : (
        <Typography.Text type="secondary">{t('water.selfEvaluation.notYet')}</Typography.Text>
      )}
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={{ summary: data.summary ?? '', score: data.score ?? '' }}
        onFinish={(values) => void submit(values)}
        data-testid="self-evaluation-form"
      >
        <Form.Item
          name="score"
          label={t('water.selfEvaluation.score')}
          extra={t('water.selfEvaluation.scoreHelp')}
          rules={[
            { required: true, message: t('water.selfEvaluation.errScore') },
            {
              validator: async (_, value: string | undefined) => {
                const text = (value ?? '').trim();
                if (text === '') return;
                if (!SCORE.test(text) || compareDecimals(text, '100', 12) > 0) {
                  throw new Error(t('water.selfEvaluation.errScore'));
                }
              },
            },
          ]}
        >
          <Input
            inputMode="decimal"
            suffix={t('water.selfEvaluation.points')}
            style={{ maxWidth: 200 }}
            data-testid="self-evaluation-score"
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('water.selfEvaluation.summary')}
          extra={t('water.selfEvaluation.summaryHelp')}
          rules={[
            { required: true, whitespace: true, message: t('water.selfEvaluation.errSummary') },
          ]}
        >
          <Input.TextArea
            rows={6}
            maxLength={20000}
            showCount
            data-testid="self-evaluation-summary"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={busy}
          data-testid="self-evaluation-submit"
        >
          {data.submittedAt ? t('water.selfEvaluation.resubmit') : t('water.selfEvaluation.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
