import {
  Alert,
  Button,
  Card,
  Flex,
  Input,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rateRun, stars } from './method.ts';
import type { Run, RunInput } from './types.ts';

const FIGURES = ['revenue_2y', 'contribution_2y', 'rd_2y', 'listings3y'] as const;
type Figure = (typeof FIGURES)[number];

interface Change {
  uscc: string;
  figure: Figure;
  value: string;
}

function changed(inputs: RunInput[], changes: Change[]): RunInput[] {
  return inputs.map((input) => {
    const mine = changes.filter((c) => c.uscc === input.uscc);
    if (mine.length === 0) return input;
    const next: RunInput = { ...input, amounts: { ...input.amounts } };
    for (const c of mine) {
      if (c.figure === 'listings3y') next.listings3y = Number(c.value);
      else next.amounts[c.figure] = c.value;
    }
    return next;
  });
}

/**
 * 模拟测算: change a figure or the D2 setting and see ranks and stars move, computed in the browser
 * with the method's own code (`rateBatch`). Nothing is sent to the server.
 */
export function WhatIfPanel({ run }: { run: Run }) {
  const { t } = useTranslation();
  const [changes, setChanges] = useState<Change[]>([]);
  const [noSpread, setNoSpread] = useState(run.settings.noSpread);
  const [uscc, setUscc] = useState<string>();
  const [figure, setFigure] = useState<Figure>('revenue_2y');
  const [value, setValue] = useState('');
  const valid = figure === 'listings3y' ? /^\d+$/.test(value) : /^\d+(\.\d+)?$/.test(value);

  const outcome = useMemo(() => {
    try {
      const rating = rateRun(run, changed(run.inputs, changes), { noSpread });
      return { rating };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [run, changes, noSpread]);

  const stored = new Map(run.results.map((r) => [r.uscc, r]));
  const rows = (outcome.rating?.results ?? []).map((r) => ({
    uscc: r.uscc,
    name: r.name,
    rank: r.rank,
    stars: r.stars,
    total: r.total.toDecimal(run.settings.displayPlaces),
    before: stored.get(r.uscc),
  }));
  const moved = rows.filter(
    (r) => !r.before || r.before.rank !== r.rank || r.before.stars !== r.stars,
  );
  const nameOf = new Map(run.inputs.map((i) => [i.uscc, i.name]));
  const current = (u: string | undefined, f: Figure) => {
    const input = run.inputs.find((i) => i.uscc === u);
    if (!input) return '';
    return f === 'listings3y' ? String(input.listings3y) : (input.amounts[f] ?? '');
  };

  return (
    <Flex vertical gap="middle" data-testid="what-if">
      <Alert type="info" showIcon title={t('rating.whatIf.intro')} />
      <Card size="small">
        <Space wrap>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('rating.whatIf.enterprise')}
            style={{ width: 300 }}
            value={uscc}
            onChange={(u: string) => {
              setUscc(u);
              setValue(current(u, figure));
            }}
            options={run.inputs.map((i) => ({ value: i.uscc, label: i.name }))}
            data-testid="what-if-enterprise"
          />
          <Select
            style={{ width: 240 }}
            value={figure}
            onChange={(f: Figure) => {
              setFigure(f);
              setValue(current(uscc, f));
            }}
            options={FIGURES.map((f) => ({ value: f, label: t(`rating.whatIf.${f}`) }))}
          />
          <Input
            style={{ width: 160 }}
            value={value}
            placeholder={t('rating.whatIf.value')}
            onChange={(e) => setValue(e.target.value.trim())}
            status={value && !valid ? 'error' : undefined}
            data-testid="what-if-value"
          />
          <Button
            type="primary"
            disabled={!uscc || !valid}
            onClick={() => {
              setChanges((list) => [
                ...list.filter((c) => !(c.uscc === uscc && c.figure === figure)),
                { uscc: uscc!, figure, value },
              ]);
            }}
          >
            {t('rating.whatIf.apply')}
          </Button>
          <Button
            onClick={() => {
              setChanges([]);
              setNoSpread(run.settings.noSpread);
            }}
          >
            {t('rating.whatIf.reset')}
          </Button>
        </Space>
        <Flex gap="small" wrap style={{ marginTop: 12 }} align="center">
          <Typography.Text>{t('rating.batches.noSpread')}：</Typography.Text>
          <Radio.Group
            value={noSpread}
            onChange={(e) => setNoSpread(e.target.value as typeof noSpread)}
          >
            <Radio value="full_weight">{t('rating.batches.noSpreadFull')}</Radio>
            <Radio value="zero">{t('rating.batches.noSpreadZero')}</Radio>
          </Radio.Group>
        </Flex>
        {changes.length > 0 && (
          <Flex gap="small" wrap style={{ marginTop: 12 }}>
            <Typography.Text>{t('rating.whatIf.changes')}：</Typography.Text>
            {changes.map((c) => (
              <Tag
                key={`${c.uscc}-${c.figure}`}
                closable
                onClose={() => setChanges((list) => list.filter((x) => x !== c))}
              >
                {nameOf.get(c.uscc)} · {t(`rating.whatIf.${c.figure}`)} {current(c.uscc, c.figure)}{' '}
                → {c.value}
              </Tag>
            ))}
          </Flex>
        )}
      </Card>
      {outcome.error && <Alert type="error" showIcon title={outcome.error} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('rating.whatIf.moved')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="uscc"
        data-testid="what-if-moves"
        dataSource={moved}
        pagination={false}
        locale={{ emptyText: t('rating.whatIf.noMoves') }}
        columns={[
          { title: t('rating.table.enterprise'), dataIndex: 'name' },
          {
            title: `${t('rating.whatIf.before')} ${t('rating.table.rank')}`,
            render: (_, r) => r.before?.rank ?? '—',
          },
          {
            title: `${t('rating.whatIf.after')} ${t('rating.table.rank')}`,
            render: (_, r) => <span data-testid="what-if-rank">{r.rank}</span>,
          },
          {
            title: `${t('rating.whatIf.before')} ${t('rating.table.stars')}`,
            render: (_, r) => stars(r.before?.stars ?? 0),
          },
          {
            title: `${t('rating.whatIf.after')} ${t('rating.table.stars')}`,
            render: (_, r) => stars(r.stars),
          },
          { title: `${t('rating.whatIf.after')} ${t('rating.table.total')}`, dataIndex: 'total' },
        ]}
      />
      <Typography.Text type="secondary">{t('rating.whatIf.notSaved')}</Typography.Text>
    </Flex>
  );
}
