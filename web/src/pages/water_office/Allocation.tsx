import { CheckOutlined, FilePdfOutlined, PlayCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Drawer,
  Empty,
  Flex,
  Input,
  Modal,
  Progress,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waterApi, type WaterRunDetail } from '../../api/water.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLang } from '../../components/rating/common.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { AllocationTable } from '../../components/water/AllocationTable.tsx';
import { CountyExplanationView } from '../../components/water/CountyExplanationView.tsx';
import { ExportAllocation } from '../../components/water/ExportAllocation.tsx';
import { useActor } from '../../components/water/useActor.ts';
import { useWaterYear } from '../../components/water/useWaterYear.ts';
import { YearBar } from '../../components/water/YearBar.tsx';
import { chinaDateTime } from '../../lib/format-time.ts';

/** 资金分配: natural resources runs the allocation (W4-W6), explains it and approves it. */
export function Allocation() {
  const { t } = useTranslation();
  const choice = useWaterYear();
  return (
    <Card title={t('water.allocation.title')} data-testid="water-allocation">
      <Flex vertical gap="middle">
        <ApiErrorAlert error={choice.years.error} />
        <YearBar choice={choice} />
        {!choice.years.loading && choice.year === undefined && (
          <Empty description={t('water.common.noYear')} />
        )}
        {choice.year !== undefined && (
          <YearRuns key={choice.year} year={choice.year} onChanged={choice.years.reload} />
        )}
      </Flex>
    </Card>
  );
}

function YearRuns({ year, onChanged }: { year: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const actor = useActor();
  const detail = useLoad((signal) => waterApi.year(year, { signal }), [year]);
  const runs = useLoad((signal) => waterApi.runs(year, { signal }), [year]);
  const [chosen, setChosen] = useState<string>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>();
  const list = runs.data ?? [];
  const runId =
    chosen ??
    detail.data?.approvedRunId ??
    list.reduce<string | undefined>(
      (latest, r) =>
        latest === undefined || r.version > (list.find((x) => x.id === latest)?.version ?? 0)
          ? r.id
          : latest,
      undefined,
    );
  const mayRun = actor?.office === 'natural_resources' && detail.data?.state === 'collecting';

  const start = async () => {
    setRunning(true);
    setError(undefined);
    try {
      const run = await waterApi.startRun(year);
      void message.success(t('water.allocation.ran', { version: run.version }));
      setChosen(run.id);
      runs.reload();
    } catch (cause) {
      setError(cause);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Flex vertical gap="middle">
      <ApiErrorAlert error={detail.error ?? runs.error} />
      <Flex gap="small" wrap align="center">
        <Typography.Text id="water-run-label">{t('water.allocation.run')}</Typography.Text>
        <Select
          style={{ width: 230 }}
          aria-labelledby="water-run-label"
          value={runId}
          loading={runs.loading}
          onChange={setChosen}
          notFoundContent={t('water.allocation.noRun')}
          options={list.map((r) => ({
            value: r.id,
            label: `${t('water.allocation.version', { version: r.version })} · ${
              r.state === 'approved'
                ? t('water.allocation.approved')
                : t('water.allocation.computed')
            }`,
          }))}
          data-testid="run-select"
        />
        {mayRun && (
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={running}
            onClick={() => void start()}
            data-testid="start-run"
          >
            {t('water.allocation.start')}
          </Button>
        )}
        {detail.data?.state === 'allocated' && (
          <Button
            icon={<FilePdfOutlined />}
            href={waterApi.noticeUrl(year)}
            target="_blank"
            rel="noopener"
            data-testid="allocation-notice"
          >
            {t('water.allocation.notice')}
          </Button>
        )}
      </Flex>
      {detail.data && detail.data.missing > 0 && detail.data.state === 'collecting' && (
        <Alert
          type="warning"
          showIcon
          title={t('water.allocation.missingFigures', { count: detail.data.missing })}
          data-testid="missing-figures"
        />
      )}
      {running && (
        <div role="status" aria-live="polite" data-testid="run-progress">
          <Typography.Text>{t('water.allocation.running')}</Typography.Text>
          <Progress percent={100} status="active" showInfo={false} size="small" />
        </div>
      )}
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      {!runs.loading && list.length === 0 && <Empty description={t('water.allocation.noRun')} />}
      {runId && (
        <RunView
          key={runId}
          runId={runId}
          mayApprove={actor?.office === 'natural_resources' && detail.data?.state === 'collecting'}
          onApproved={() => {
            runs.reload();
            detail.reload();
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}

function RunView({
  runId,
  mayApprove,
  onApproved,
}: {
  runId: string;
  mayApprove: boolean;
  onApproved: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const run = useLoad((signal) => waterApi.run(runId, { signal }), [runId]);
  const [explaining, setExplaining] = useState<string | null>(null);
  if (run.error) return <ApiErrorAlert error={run.error} />;
  if (!run.data) return <Spin />;
  const data = run.data;
  const explanation = data.explanations.find((e) => e.county === explaining);
  return (
    <Flex vertical gap="middle" data-testid="run-view">
      <Flex gap="small" wrap align="center">
        <Tag color={data.state === 'approved' ? 'green' : 'blue'} data-testid="run-state">
          {data.state === 'approved'
            ? t('water.allocation.approved')
            : t('water.allocation.computed')}
        </Tag>
        <Typography.Text type="secondary">
          {t('water.allocation.runMeta', {
            version: data.version,
            by: data.ranBy,
            at: chinaDateTime(data.ranAt),
            parameters: data.parametersVersion,
          })}
        </Typography.Text>
        <ExportAllocation run={data} />
        {mayApprove && data.state === 'computed' && (
          <ApproveButton
            run={data}
            onApproved={() => {
              run.reload();
              onApproved();
            }}
          />
        )}
      </Flex>
      {data.synthetic && <Alert type="warning" showIcon title={t('water.common.syntheticRun')} />}
      {data.state === 'approved' && (
        <Typography.Text data-testid="approval-meta">
          {t('water.allocation.approvedMeta', {
            by: data.approvedBy ?? '',
            at: chinaDateTime(data.approvedAt),
          })}
          {data.note && ` · ${t('water.allocation.noteShown', { note: data.note })}`}
        </Typography.Text>
      )}
      {data.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('water.allocation.warnings')}
          data-testid="run-warnings"
          description={
            <ul className="issue-list">
              {data.warnings.map((w, i) => (
                <li key={i}>
                  <Tag color="orange">{w.citation.rule}</Tag>
                  {w.message[lang]}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <AllocationTable allocations={data.allocations} onExplain={setExplaining} />
      <Drawer
        open={explanation !== undefined}
        onClose={() => setExplaining(null)}
        size={760}
        title={t('water.explain.title', { county: explaining ?? '' })}
        data-testid="allocation-explanation"
        destroyOnHidden
      >
        {explanation && <CountyExplanationView data={explanation} />}
      </Drawer>
    </Flex>
  );
}

function ApproveButton({ run, onApproved }: { run: WaterRunDetail; onApproved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const approve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await waterApi.approve(run.id, note.trim(), documentNumber.trim());
      void message.success(t('water.allocation.approvedDone'));
      setOpen(false);
      onApproved();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        onClick={() => setOpen(true)}
        data-testid="approve-run"
      >
        {t('water.allocation.approve')}
      </Button>
      <Modal
        open={open}
        title={t('water.allocation.approveTitle', { version: run.version })}
        okText={t('water.allocation.approve')}
        cancelText={t('water.common.cancel')}
        confirmLoading={busy}
        onOk={() => void approve()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'approve-confirm' }}
        destroyOnHidden
      >
        <Flex vertical gap="small">
          <Typography.Text>{t('water.allocation.approveIntro')}</Typography.Text>
          <label htmlFor="water-approve-number">{t('water.allocation.documentNumber')}</label>
          <Input
            id="water-approve-number"
            maxLength={60}
            placeholder="温自然资规〔2026〕5号"
            value={documentNumber}
            onChange={(e) => setDocumentNumber(e.target.value)}
            data-testid="approve-document-number"
          />
          <Typography.Text type="secondary">
            {t('water.allocation.documentNumberHelp')}
          </Typography.Text>
          <label htmlFor="water-approve-note">{t('water.allocation.note')}</label>
          <Input.TextArea
            id="water-approve-note"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="approve-note"
          />
          <ApiErrorAlert error={error} />
        </Flex>
      </Modal>
    </>
  );
}
