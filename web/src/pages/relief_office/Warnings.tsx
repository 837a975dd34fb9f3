import { Card, Flex, Segmented, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, reliefPaths, type Level, type Warning } from '../../api/relief.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useApiGet } from '../../components/rating/common.tsx';
import {
  LevelTag,
  PILOT_COUNTIES,
  useReliefYear,
  VisitResultTag,
  YearSelect,
} from '../../components/relief/common.tsx';

/** 预警监测: the year's warnings by level (MD3) and whether the township has visited (M6). */
export function Warnings() {
  const { t } = useTranslation();
  const [year, setYear] = useReliefYear();
  const [county, setCounty] = useState<string>();
  const [level, setLevel] = useState<Level | 'all'>('all');
  const warnings = useApiGet<Warning[]>(reliefPaths.warnings(year, county));
  const all = warnings.data ?? [];
  const count = (l: Level | 'all') => all.filter((w) => l === 'all' || w.level === l).length;
  const rows = all.filter((w) => level === 'all' || w.level === level);

  return (
    <Card title={t('relief.warnings.title')} data-testid="relief-warnings">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('relief.warnings.intro')}
        </Typography.Paragraph>
        <Flex wrap gap="small" align="center">
          <YearSelect year={year} onChange={setYear} />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('relief.common.county')}
            aria-label={t('relief.common.county')}
            value={county}
            onChange={setCounty}
            options={PILOT_COUNTIES.map((c) => ({ value: c, label: c }))}
          />
          <Segmented<Level | 'all'>
            value={level}
            onChange={setLevel}
            data-testid="level-filter"
            options={(['all', ...LEVELS] as const).map((l) => ({
              value: l,
              label: `${l === 'all' ? t('relief.township.allLevels') : t(`relief.level.${l}`)} ${count(l)}`,
            }))}
          />
        </Flex>
        <ApiErrorAlert error={warnings.error} />
        <Table<Warning>
          size="small"
          bordered
          rowKey="id"
          loading={warnings.loading}
          data-testid="warning-table"
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'code', dataIndex: 'familyCode', title: t('relief.family.code') },
            { key: 'head', dataIndex: 'headName', title: t('relief.family.head') },
            {
              key: 'place',
              title: t('relief.family.place'),
              render: (_, w) => `${w.county} ${w.township}`,
            },
            {
              key: 'level',
              title: t('relief.family.warning'),
              render: (_, w) => <LevelTag level={w.level} />,
            },
            { key: 'raised', dataIndex: 'raisedOn', title: t('relief.warnings.raised') },
            {
              key: 'visit',
              title: t('relief.warnings.visit'),
              render: (_, w) =>
                w.visit ? (
                  <Flex wrap gap={4} align="center">
                    <VisitResultTag result={w.visit.result} />
                    <Typography.Text type="secondary">
                      {w.visit.visitedOn} · {w.visit.by}
                    </Typography.Text>
                  </Flex>
                ) : (
                  <Typography.Text type="warning">
                    {t('relief.warnings.notVisited')}
                  </Typography.Text>
                ),
            },
            {
              key: 'note',
              title: t('relief.visit.note'),
              render: (_, w) => w.visit?.note || '—',
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
