import { PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { BatchForm } from '../../components/rating/BatchForm.tsx';
import { localized, useApiGet, useLang, useStep } from '../../components/rating/common.tsx';
import { Objections } from '../../components/rating/Objections.tsx';
import { MissingYearWarning, PublicityEnd } from '../../components/rating/PublicityEnd.tsx';
import type { Batch } from '../../components/rating/types.ts';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';

/** The steps of a batch the bureau takes here, and the route of each. */
const STEPS = {
  open: 'open',
  close: 'close',
  start_re_review: 'start-re-review',
  start_rating: 'start-rating',
  run: 'runs',
  publish: 'publish',
  finalize: 'finalize',
} as const;
type StepKey = keyof typeof STEPS;

const STATE_COLORS: Record<string, string> = {
  draft: 'default',
  open: 'blue',
  review: 'cyan',
  re_review: 'geekblue',
  rating: 'purple',
  approval: 'orange',
  approved: 'gold',
  publicity: 'volcano',
  final: 'green',
};

/** 评定批次: set up batches and take them through the procedure (city bureau). */
export function Batches() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { modal } = AntApp.useApp();
  const { data, error, loading, reload } = useApiGet<{ batches: Batch[] }>('/api/hq/batches');
  const [editing, setEditing] = useState<Batch | null | 'new'>(null);
  const step = useStep();
  const today = useProcedureToday();

  const confirmStep = (batch: Batch, key: StepKey) => {
    let startsOn = batch.publicityStartsOn ?? today;
    let documentNumber = '';
    const label = t(`rating.batches.step.${key}`);
    void modal.confirm({
      title: label,
      okText: t('rating.common.confirm'),
      cancelText: t('rating.common.cancel'),
      content: (
        <Flex vertical gap="small">
          <span>{t('rating.batches.confirmStep', { step: label })}</span>
          {key === 'publish' && (
            <PublishStart
              initial={startsOn}
              days={batch.publicityWorkingDays}
              onChange={(d) => (startsOn = d)}
            />
          )}
          {key === 'publish' && (
            <Flex vertical gap={4}>
              <label htmlFor="publish-document-number">
                {t('rating.batches.publishDocumentNumber')}
              </label>
              <Input
                id="publish-document-number"
                maxLength={60}
                placeholder="温投促〔2026〕3号"
                onChange={(e) => (documentNumber = e.target.value)}
                data-testid="publish-document-number"
              />
              <Typography.Text type="secondary">
                {t('rating.batches.publishDocumentNumberHelp')}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
      ),
      onOk: async () => {
        const body = key === 'publish' ? { startsOn, documentNumber } : undefined;
        await step.run(`/api/hq/batches/${batch.id}/${STEPS[key]}`, body);
        reload();
      },
    });
  };

  const batches = data?.batches ?? [];
  const inPublicity = batches.filter((b) => b.state === 'publicity');
  return (
    <Card
      title={t('rating.batches.title')}
      data-testid="journey-batches"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('rating.batches.create')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('rating.batches.intro')}
        </Typography.Paragraph>
        <MissingYearWarning />
        <ApiErrorAlert error={error ?? step.error} onClose={step.clearError} />
        <Table<Batch>
          rowKey="id"
          size="middle"
          loading={loading || step.busy}
          dataSource={batches}
          pagination={false}
          locale={{ emptyText: t('rating.batches.empty') }}
          scroll={{ x: 1200 }}
          columns={[
            { title: t('rating.batches.year'), dataIndex: 'year', width: 90 },
            {
              title: t('rating.batches.name'),
              width: 300,
              render: (_, b) => (
                <>
                  {b.title}{' '}
                  {b.synthetic && <Tag color="warning">{t('rating.common.synthetic')}</Tag>}
                </>
              ),
            },
            {
              title: t('rating.batches.state'),
              width: 110,
              render: (_, b) => (
                <Tag color={STATE_COLORS[b.state]}>{localized(b.stateLabel, lang)}</Tag>
              ),
            },
            {
              title: t('rating.batches.window'),
              width: 200,
              render: (_, b) => `${b.opensOn} ~ ${b.closesOn}`,
            },
            { title: t('rating.batches.ratingDate'), dataIndex: 'ratingDate', width: 110 },
            {
              title: t('rating.batches.deadline'),
              width: 150,
              render: (_, b) => <Deadline batch={b} today={today} />,
            },
            {
              title: t('rating.batches.publicity'),
              width: 200,
              render: (_, b) =>
                b.publicityStartsOn && b.publicityEndsOn ? (
                  <span data-testid="batch-publicity">{`${b.publicityStartsOn} ~ ${b.publicityEndsOn}`}</span>
                ) : (
                  t('rating.batches.publicityEndsOnHint', {
                    start: '—',
                    days: b.publicityWorkingDays,
                    end: '—',
                  })
                ),
            },
            {
              title: t('rating.batches.actions'),
              width: 260,
              render: (_, b) => (
                <Space wrap size="small">
                  {b.actions.includes('edit') && (
                    <Button size="small" onClick={() => setEditing(b)}>
                      {t('rating.batches.edit')}
                    </Button>
                  )}
                  {(Object.keys(STEPS) as StepKey[])
                    .filter((key) => b.actions.includes(key))
                    .map((key) => (
                      <Button
                        key={key}
                        size="small"
                        type="primary"
                        ghost
                        onClick={() => confirmStep(b, key)}
                      >
                        {t(`rating.batches.step.${key}`)}
                      </Button>
                    ))}
                  <Button
                    size="small"
                    type="link"
                    onClick={() => void navigate(`/city/rating?batch=${b.id}`)}
                  >
                    {t('rating.batches.ratingLink')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        {inPublicity.map((b) => (
          <Card key={b.id} size="small" title={`${b.title} · ${t('rating.batches.objections')}`}>
            <Objections batchId={b.id} />
          </Card>
        ))}
      </Flex>
      <BatchForm
        open={editing !== null}
        batch={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Card>
  );
}

/**
 * The day a batch must be finished by (88号 五、1) and, until it is final, the days left in China
 * time; with the warning when it opens sooner than the usual two years after the one before.
 */
function Deadline({ batch, today }: { batch: Batch; today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const left = dayjs(batch.deadline).diff(dayjs(today), 'day');
  return (
    <Flex vertical gap={2} data-testid="batch-deadline">
      <span>{batch.deadline}</span>
      {batch.state !== 'final' && (
        <Typography.Text type={left < 0 ? 'danger' : left <= 30 ? 'warning' : 'secondary'}>
          {left < 0
            ? t('rating.batches.deadlinePassed', { days: -left })
            : t('rating.batches.deadlineLeft', { days: left })}
        </Typography.Text>
      )}
      {batch.cadenceWarning && (
        <Tooltip title={localized(batch.cadenceWarning, lang)}>
          <Tag color="warning" data-testid="cadence-warning">
            {t('rating.batches.cadenceTag')}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

function PublishStart({
  initial,
  days,
  onChange,
}: {
  initial: string;
  days: number;
  onChange: (d: string) => void;
}) {
  const { t } = useTranslation();
  const [start, setStart] = useState(initial);
  return (
    <Flex vertical gap={4}>
      <span>{t('rating.batches.publishStartsOn')}</span>
      <DatePicker
        value={dayjs(start)}
        onChange={(d) => {
          const text = d ? d.format('YYYY-MM-DD') : initial;
          setStart(text);
          onChange(text);
        }}
      />
      <PublicityEnd start={start} days={days} />
    </Flex>
  );
}
