import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATEGORIES,
  LEVELS,
  reliefPaths,
  type Category,
  type FamilyList,
  type FamilyListItem,
  type Level,
} from '../../api/relief.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useApiGet } from '../../components/rating/common.tsx';
import {
  CategoryTag,
  LevelTag,
  OfficeOnly,
  SyntheticTag,
  useOffice,
  useReliefYear,
  YearSelect,
  Yuan,
} from '../../components/relief/common.tsx';
import { FamilyDrawer } from '../../components/relief/FamilyDrawer.tsx';
import { NewFamilyForm } from '../../components/relief/NewFamilyForm.tsx';
import { JURISDICTIONS } from '../../shared.ts';

interface Filters {
  county?: string;
  township?: string;
  category?: Category | 'none';
  warning?: Level;
}

/** 家庭名册: the pilot's families, filtered and paged, each opening its detail. */
export function Families() {
  return (
    <OfficeOnly offices={['medical_insurance', 'civil_affairs']}>
      <FamilyRegister />
    </OfficeOnly>
  );
}

function FamilyRegister() {
  const { t } = useTranslation();
  const office = useOffice();
  const [year, setYear] = useReliefYear();
  const [filters, setFilters] = useState<Filters>({});
  const [township, setTownship] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [open, setOpen] = useState<string | null>(null);
  const list = useApiGet<FamilyList>(reliefPaths.families({ year, ...filters, page, pageSize }));
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const change = (next: Filters) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <Card title={t('relief.families.title')} data-testid="relief-families">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {office === 'civil_affairs'
            ? t('relief.families.introCivil')
            : t('relief.families.intro')}
        </Typography.Paragraph>
        <Flex wrap gap="small" align="center" role="search">
          <YearSelect year={year} onChange={setYear} />
          <Select
            allowClear
            showSearch
            style={{ width: 140 }}
            placeholder={t('relief.families.county')}
            aria-label={t('relief.families.county')}
            value={filters.county}
            onChange={(county?: string) => change({ ...filters, county })}
            options={JURISDICTIONS.map((j) => ({ value: j.name, label: j.name }))}
            data-testid="filter-county"
          />
          <Input.Search
            allowClear
            style={{ width: 180 }}
            placeholder={t('relief.families.township')}
            aria-label={t('relief.families.township')}
            value={township}
            onChange={(e) => setTownship(e.target.value)}
            onSearch={(v) => change({ ...filters, township: v.trim() || undefined })}
          />
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('relief.families.category')}
            aria-label={t('relief.families.category')}
            value={filters.category}
            onChange={(category?: Category | 'none') => change({ ...filters, category })}
            options={[
              { value: 'none' as const, label: t('relief.category.none') },
              ...CATEGORIES.map((c) => ({ value: c, label: t(`relief.category.c${c}`) })),
            ]}
            data-testid="filter-category"
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('relief.families.warning')}
            aria-label={t('relief.families.warning')}
            value={filters.warning}
            onChange={(warning?: Level) => change({ ...filters, warning })}
            options={LEVELS.map((l) => ({ value: l, label: t(`relief.level.${l}`) }))}
            data-testid="filter-warning"
          />
          {office === 'medical_insurance' && (
            <NewFamilyForm
              onCreated={(id) => {
                list.reload();
                setOpen(id);
              }}
            />
          )}
        </Flex>
        <ApiErrorAlert error={list.error} />
        <Table<FamilyListItem>
          rowKey="id"
          size="small"
          bordered
          loading={list.loading}
          data-testid="family-table"
          dataSource={items}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (n) => t('relief.common.total', { count: n }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
          columns={[
            {
              key: 'code',
              title: t('relief.family.code'),
              render: (_, f) => (
                <Flex gap={4}>
                  {f.familyCode}
                  <SyntheticTag synthetic={f.synthetic} />
                </Flex>
              ),
            },
            { key: 'head', dataIndex: 'headName', title: t('relief.family.head') },
            {
              key: 'id',
              dataIndex: 'headIdNumber',
              title: t('relief.family.idNumber'),
              render: (id: string) => <span data-testid="head-id">{id}</span>,
            },
            {
              key: 'place',
              title: t('relief.family.place'),
              render: (_, f) => [f.county, f.township, f.village].filter(Boolean).join(' '),
            },
            {
              key: 'category',
              title: t('relief.family.category'),
              render: (_, f) => <CategoryTag category={f.category} />,
            },
            {
              key: 'members',
              title: t('relief.family.members'),
              render: (_, f) =>
                t('relief.family.insuredOf', { insured: f.insuredMembers, members: f.members }),
            },
            {
              key: 'warning',
              title: t('relief.family.warning'),
              render: (_, f) => <LevelTag level={f.warning} />,
            },
            ...(office === 'medical_insurance'
              ? [
                  {
                    key: 'relief',
                    title: t('relief.family.relief', { year }),
                    align: 'right' as const,
                    render: (_: unknown, f: FamilyListItem) => <Yuan value={f.relief} />,
                  },
                ]
              : []),
            {
              key: 'open',
              title: t('relief.common.actions'),
              fixed: 'right',
              render: (_, f) => (
                <Button size="small" type="link" onClick={() => setOpen(f.id)}>
                  {office === 'civil_affairs'
                    ? t('relief.families.openCivil')
                    : t('relief.families.open')}
                </Button>
              ),
            },
          ]}
        />
      </Flex>
      <FamilyDrawer
        familyId={open}
        year={year}
        onClose={() => setOpen(null)}
        onChanged={list.reload}
      />
    </Card>
  );
}
