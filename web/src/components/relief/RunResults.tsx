import { WarningOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, reliefApi, type Level, type Run, type RunFamily } from '../../api/relief.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useLang } from '../rating/common.tsx';
import { LevelTag, useOffice, Yuan } from './common.tsx';
import { groupYuan, toFen } from './money.ts';
import { ReliefExplanation } from './ReliefExplanation.tsx';

const INTERNAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A run's results: its warnings (MD4 and others), the totals per county, and one row per family
 * with the relief (M3) and an explanation; the charity federation pays an approved run from here.
 */
export function RunResults({
  run,
  latest,
  onChanged,
}: {
  run: Run;
  latest: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const office = useOffice();
  const { message, modal } = AntApp.useApp();
  const [explaining, setExplaining] = useState<{ id: string; code: string } | null>(null);
  const [county, setCounty] = useState<string>();
  const [level, setLevel] = useState<Level | 'none'>();
  const [paying, setPaying] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>();
  const canPay = office === 'charity_federation' && run.state === 'approved' && latest;
  const unpaid = run.families.filter((f) => !f.paid && (toFen(f.relief) ?? 0n) > 0n);
  const codes = new Map(run.families.map((f) => [f.familyId, f.familyCode]));
  /** The families or counties a warning names, by code (an internal id alone says nothing). */
  const subjectsOf = (subjects: readonly string[] = []) => {
    const named = subjects.map((s) => codes.get(s) ?? s).filter((s) => !INTERNAL_ID.test(s));
    if (named.length === 0) return '';
    return named.length > 20 ? `${named.slice(0, 20).join('、')}…` : named.join('、');
  };
  const rows = run.families.filter(
    (f) => (!county || f.county === county) && (!level || f.warning === level),
  );

  const pay = async (who: { familyId: string } | { all: true }, key: string) => {
    setPaying(key);
    setRefusal(undefined);
    try {
      const done = await reliefApi.pay(run.id, who);
      void message.success(
        t('relief.pay.done', { count: done.payments.length, total: groupYuan(done.total) }),
      );
      onChanged();
    } catch (e) {
      setRefusal(e);
    } finally {
      setPaying(null);
    }
  };
  const payAll = () =>
    void modal.confirm({
      title: t('relief.pay.allTitle'),
      content: t('relief.pay.allConfirm', { count: unpaid.length }),
      okText: t('relief.pay.all'),
      cancelText: t('relief.common.cancel'),
      onOk: () => pay({ all: true }, 'all'),
    });

  return (
    <Flex vertical gap="middle">
      {run.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={t('relief.runs.warnings')}
          data-testid="run-warnings"
          description={
            <ul className="issue-list">
              {run.warnings.map((w, i) => (
                <li key={i}>
                  <Tag color="orange">{w.citation.rule}</Tag>
                  {w.message[lang]}
                  {subjectsOf(w.subjects) && (
                    <Typography.Text type="secondary">
                      {' '}
                      （{subjectsOf(w.subjects)}）
                    </Typography.Text>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('relief.runs.countyTotals')}
      </Typography.Title>
      <Table
        size="small"
        bordered
        rowKey="county"
        pagination={false}
        data-testid="county-totals"
        dataSource={run.countyTotals}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'county', dataIndex: 'county', title: t('relief.common.county') },
          {
            key: 'families',
            dataIndex: 'families',
            title: t('relief.runs.families'),
            align: 'right',
          },
          {
            key: 'relief',
            title: t('relief.runs.relief'),
            align: 'right',
            render: (_, c) => <Yuan value={c.relief} />,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('relief.common.sum')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {run.countyTotals.reduce((n, c) => n + c.families, 0)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <span data-testid="run-total">
                <Yuan value={run.total} strong />
              </span>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Flex wrap gap="small" align="center" justify="space-between">
        <Space wrap>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('relief.common.county')}
            aria-label={t('relief.common.county')}
            value={county}
            onChange={setCounty}
            options={run.countyTotals.map((c) => ({ value: c.county, label: c.county }))}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('relief.family.warning')}
            aria-label={t('relief.family.warning')}
            value={level}
            onChange={setLevel}
            options={[...LEVELS, 'none' as const].map((l) => ({
              value: l,
              label: t(`relief.level.${l}`),
            }))}
          />
        </Space>
        {canPay && (
          <Button
            type="primary"
            disabled={unpaid.length === 0}
            loading={paying === 'all'}
            onClick={payAll}
            data-testid="pay-all"
          >
            {t('relief.pay.allCount', { count: unpaid.length })}
          </Button>
        )}
      </Flex>
      {refusal !== undefined && (
        <div data-testid="payment-refused">
          <ApiErrorAlert error={refusal} onClose={() => setRefusal(undefined)} />
        </div>
      )}
      <Table<RunFamily>
        size="small"
        bordered
        rowKey="familyId"
        data-testid="run-table"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { key: 'code', dataIndex: 'familyCode', title: t('relief.family.code') },
          {
            key: 'place',
            title: t('relief.family.place'),
            render: (_, f) => `${f.county} ${f.township}`,
          },
          ...(run.families.some((f) => f.outOfPocket !== null)
            ? [
                {
                  key: 'outOfPocket',
                  title: t('relief.cost.outOfPocket'),
                  align: 'right' as const,
                  render: (_: unknown, f: RunFamily) => <Yuan value={f.outOfPocket} />,
                },
              ]
            : []),
          {
            key: 'relief',
            title: t('relief.runs.relief'),
            align: 'right',
            render: (_, f) => <Yuan value={f.relief} strong />,
          },
          {
            key: 'warning',
            title: t('relief.family.warning'),
            render: (_, f) => <LevelTag level={f.warning} />,
          },
          {
            key: 'paid',
            title: t('relief.pay.state'),
            render: (_, f) =>
              f.paid ? (
                <Tag color="green" data-testid="paid-tag">
                  {t('relief.pay.paid')}
                </Tag>
              ) : (toFen(f.relief) ?? 0n) > 0n ? (
                <Tag>{t('relief.pay.unpaid')}</Tag>
              ) : (
                '—'
              ),
          },
          {
            key: 'actions',
            title: t('relief.common.actions'),
            fixed: 'right',
            render: (_, f) => (
              <Space size={0}>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setExplaining({ id: f.familyId, code: f.familyCode })}
                >
                  {t('relief.explain.open')}
                </Button>
                {canPay && !f.paid && (toFen(f.relief) ?? 0n) > 0n && (
                  <Button
                    size="small"
                    type="link"
                    loading={paying === f.familyId}
                    onClick={() => void pay({ familyId: f.familyId }, f.familyId)}
                    data-testid="pay-family"
                  >
                    {t('relief.pay.one')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ReliefExplanation runId={run.id} family={explaining} onClose={() => setExplaining(null)} />
    </Flex>
  );
}
