import '../../components/apply/apply.css';
import { FilePdfOutlined } from '@ant-design/icons';
import {
  Card,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Rate,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import {
  hqApi,
  type PublicBatch,
  type PublishedEntry,
  type PublishedList,
} from '../../components/apply/hq-api.ts';
import { useLoad } from '../../components/apply/use-load.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { pick } from '../../shared.ts';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';
import { publicityOver } from '../../shared.ts';

/** The lists in publicity or final: dates, run version, and each enterprise's rank and stars. */
export function PublishedLists(props: {
  batches: PublicBatch[];
  loading: boolean;
  error: unknown;
  onList: (list: PublishedList | undefined) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = useProcedureToday();
  const [chosen, setChosen] = useState<string>();
  const [filter, setFilter] = useState('');
  const wide = Grid.useBreakpoint().md ?? true;
  const batchId = chosen ?? props.batches[0]?.id;
  const batch = props.batches.find((b) => b.id === batchId);
  const list = useLoad(
    () => (batchId ? hqApi.publicList(batchId) : Promise.resolve(undefined)),
    [batchId],
  );
  const { onList } = props;
  useEffect(() => onList(list.data), [list.data, onList]);
  const entries = useMemo(() => {
    const q = filter.trim().toUpperCase();
    const all = list.data?.entries ?? [];
    return q ? all.filter((e) => e.name.includes(filter.trim()) || e.uscc.includes(q)) : all;
  }, [list.data, filter]);

  return (
    <Card title={t('apply.public.listsTitle')} data-testid="published-lists">
      <ApiErrorAlert error={props.error ?? list.error} />
      {props.loading ? (
        <Skeleton active />
      ) : props.batches.length === 0 ? (
        <Empty description={t('apply.public.listsEmpty')} />
      ) : (
        <>
          {props.batches.length > 1 && (
            <Select
              style={{ width: '100%', marginBottom: 12 }}
              value={batchId}
              onChange={setChosen}
              aria-label={t('apply.public.chooseBatch')}
              options={props.batches.map((b) => ({ value: b.id, label: b.title }))}
            />
          )}
          {batch && (
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, sm: 2 }}
              data-testid="list-meta"
              style={{ marginBottom: 12 }}
              items={[
                {
                  key: 'title',
                  label: t('apply.public.batch'),
                  span: 'filled',
                  children: batch.title,
                },
                {
                  key: 'state',
                  label: t('apply.public.state'),
                  children: (
                    <>
                      <Tag color={batch.state === 'publicity' ? 'orange' : 'green'}>
                        {publicityOver(batch, today)
                          ? t('apply.public.publicityOver')
                          : pick(batch.stateLabel, lang)}
                      </Tag>
                      {batch.synthetic && <Tag color="orange">{t('demo.tag')}</Tag>}
                    </>
                  ),
                },
                {
                  key: 'version',
                  label: t('apply.public.runVersion'),
                  children: list.data
                    ? t('apply.public.version', { n: list.data.runVersion })
                    : '—',
                },
                {
                  key: 'period',
                  label: t('apply.public.period'),
                  children: t('apply.public.periodValue', {
                    from: batch.publicityStartsOn ?? '—',
                    to: batch.publicityEndsOn ?? '—',
                  }),
                },
                ...(batch.finalOn
                  ? [{ key: 'final', label: t('apply.public.finalOn'), children: batch.finalOn }]
                  : []),
                {
                  key: 'notice',
                  label: t('apply.public.notice'),
                  span: 'filled',
                  children: (
                    <a
                      href={`/api/public/hq/lists/${encodeURIComponent(batch.id)}/publicity-notice.pdf`}
                      download
                      data-testid="public-notice-pdf"
                    >
                      <FilePdfOutlined /> {t('apply.public.noticePdf')}
                    </a>
                  ),
                },
              ]}
            />
          )}
          <Input.Search
            allowClear
            placeholder={t('apply.public.search')}
            aria-label={t('apply.public.search')}
            onChange={(e) => setFilter(e.target.value)}
            style={{ marginBottom: 12 }}
          />
          {wide ? (
            <Table<PublishedEntry>
              size="small"
              rowKey="uscc"
              loading={list.loading}
              dataSource={entries}
              pagination={{ pageSize: 20, size: 'small', showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              data-testid="published-table"
              columns={[
                { key: 'rank', title: t('apply.public.rank'), dataIndex: 'rank', width: 56 },
                {
                  key: 'name',
                  title: t('apply.public.enterprise'),
                  render: (_, e) => (
                    <div style={{ minWidth: 140, maxWidth: 260, whiteSpace: 'normal' }}>
                      <div>{e.name}</div>
                      <div className="apply-uscc">{e.uscc}</div>
                    </div>
                  ),
                },
                { key: 'county', title: t('apply.public.county'), dataIndex: 'county' },
                {
                  key: 'stars',
                  title: t('apply.public.stars'),
                  render: (_, e) => <Stars n={e.stars} />,
                },
                {
                  key: 'total',
                  title: t('apply.public.total'),
                  dataIndex: 'total',
                  align: 'right',
                },
                {
                  key: 'status',
                  title: t('apply.public.status'),
                  render: (_, e) => <EntryStatus entry={e} />,
                },
              ]}
            />
          ) : (
            // A phone gets one card per enterprise: rank, stars, score and status all on screen,
            // nothing to scroll sideways for.
            <List<PublishedEntry>
              loading={list.loading}
              dataSource={entries}
              rowKey="uscc"
              pagination={{ pageSize: 20, size: 'small', simple: true, align: 'center' }}
              data-testid="published-cards"
              locale={{ emptyText: <Empty /> }}
              renderItem={(e) => (
                <List.Item style={{ paddingInline: 0 }} data-testid="published-card">
                  <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                    <Typography.Text strong>
                      {t('apply.public.rankValue', { n: e.rank })} {e.name}
                    </Typography.Text>
                    <div className="apply-uscc">
                      {e.uscc} · {e.county}
                    </div>
                    <Flex wrap align="center" gap="small" justify="space-between">
                      <Stars n={e.stars} />
                      <span data-testid="card-total">
                        {t('apply.public.total')}{' '}
                        <Typography.Text strong>{e.total}</Typography.Text>
                      </span>
                    </Flex>
                    <div>
                      <EntryStatus entry={e} />
                    </div>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Card>
  );
}

/** Stars drawn and written: a reader sees them and a screen reader says them. */
function Stars({ n }: { n: number }) {
  const { t } = useTranslation();
  return (
    <span aria-label={t('apply.public.starsText', { n })} data-testid="entry-stars">
      <Rate disabled value={n} style={{ fontSize: 12 }} />{' '}
      <Typography.Text type="secondary">{t('apply.public.starsText', { n })}</Typography.Text>
    </span>
  );
}

const STATUS_COLORS: Record<string, string> = {
  published: 'orange',
  final: 'green',
  revoked: 'red',
};

/** Where the enterprise's rating stands today, as the server reads it (lapsed after its last day). */
function EntryStatus({ entry }: { entry: PublishedEntry }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <span data-testid="entry-status">
      <Tag color={entry.lapsed ? 'default' : (STATUS_COLORS[entry.status] ?? 'default')}>
        {pick(entry.statusLabel, lang)}
      </Tag>
      {entry.validUntil && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('apply.public.validUntil', { date: entry.validUntil })}
        </Typography.Text>
      )}
    </span>
  );
}
