import { Descriptions, Divider, Drawer, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COST_LAYERS, reliefPaths, type Cost, type FamilyDetail } from '../../api/relief.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useApiGet } from '../rating/common.tsx';
import { CategoryForm } from './CategoryForm.tsx';
import { CategoryTag, LevelTag, SyntheticTag, useOffice, Yuan } from './common.tsx';
import { CostForm } from './CostForm.tsx';

/**
 * One family: head, members with their enrolment (M5), costs by layer per year (medical insurance
 * only), and the office's own change: the year's costs (medical insurance) or the category (civil
 * affairs, M1). Every opening is audited by the server.
 */
export function FamilyDrawer({
  familyId,
  year,
  onClose,
  onChanged,
}: {
  familyId: string | null;
  year: number;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const office = useOffice();
  const { data, error, loading, reload } = useApiGet<FamilyDetail>(
    familyId ? reliefPaths.family(familyId, year) : null,
  );
  const changed = () => {
    reload();
    onChanged();
  };
  const family = data && data.id === familyId ? data : undefined;
  return (
    <Drawer
      open={familyId !== null}
      onClose={onClose}
      size={760}
      title={
        family
          ? t('relief.family.title', { code: family.familyCode })
          : t('relief.family.titleLoading')
      }
      data-testid="family-drawer"
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      {loading && !family && <Spin />}
      {family && (
        <Flex vertical gap="middle">
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('relief.family.code')}>
              <Flex gap={4} wrap>
                {family.familyCode}
                <SyntheticTag synthetic={family.synthetic} />
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.family.head')}>{family.headName}</Descriptions.Item>
            <Descriptions.Item label={t('relief.family.idNumber')}>
              <span data-testid="head-id">{family.headIdNumber}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.family.place')}>
              {family.county} {family.township}
            </Descriptions.Item>
            {family.village && (
              <Descriptions.Item label={t('relief.family.village')}>
                <span data-testid="family-village">{family.village}</span>
              </Descriptions.Item>
            )}
            {family.address && (
              <Descriptions.Item label={t('relief.family.address')}>
                <span data-testid="family-address">{family.address}</span>
              </Descriptions.Item>
            )}
            {family.phone && (
              <Descriptions.Item label={t('relief.family.phone')}>
                <span data-testid="family-phone">{family.phone}</span>
                {!family.contactShown && (
                  <Tag style={{ marginInlineStart: 6 }}>{t('relief.family.contactMasked')}</Tag>
                )}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('relief.family.category')}>
              <CategoryTag category={family.category} />
              {family.categoryNote && (
                <Typography.Text type="secondary">{family.categoryNote}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.family.warning')}>
              <LevelTag level={family.warning} />
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.family.members')}>
              {t('relief.family.insuredOf', {
                insured: family.insuredMembers,
                members: family.memberCount,
              })}
            </Descriptions.Item>
            {family.relief !== null && (
              <Descriptions.Item label={t('relief.family.relief', { year })}>
                <Yuan value={family.relief} strong />
              </Descriptions.Item>
            )}
          </Descriptions>

          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('relief.family.memberList')}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(m) => `${m.idNumber}-${m.name}`}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="member-table"
            dataSource={family.members}
            columns={[
              {
                key: 'name',
                title: t('relief.family.memberName'),
                render: (_, m) => (
                  <Flex gap={4}>
                    {m.name}
                    {m.head && <Tag color="blue">{t('relief.family.headTag')}</Tag>}
                  </Flex>
                ),
              },
              { key: 'relation', dataIndex: 'relation', title: t('relief.family.relation') },
              { key: 'id', dataIndex: 'idNumber', title: t('relief.family.idNumber') },
              {
                key: 'insured',
                title: t('relief.family.enrolment'),
                render: (_, m) =>
                  m.insured ? (
                    <Tag color="green">
                      {m.insuranceKind
                        ? t(`relief.family.kinds.${m.insuranceKind}`)
                        : t('relief.family.insured')}
                    </Tag>
                  ) : (
                    <Tag color="volcano">{t('relief.family.notInsured')}</Tag>
                  ),
              },
            ]}
          />

          {family.costs && <CostTable costs={family.costs} />}
          {office === 'medical_insurance' && (
            <>
              <Divider style={{ margin: 0 }} />
              <CostForm
                key={`${family.id}-${year}`}
                familyId={family.id}
                year={year}
                current={family.costs?.find((c) => c.year === year)}
                onSaved={changed}
              />
            </>
          )}
          {office === 'civil_affairs' && (
            <>
              <Divider style={{ margin: 0 }} />
              <CategoryForm familyId={family.id} current={family.category} onSaved={changed} />
            </>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

/** Costs by layer, one year a row (MD1), newest first as the server sends them. */
function CostTable({ costs }: { costs: Cost[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('relief.cost.title')}
      </Typography.Title>
      <Table<Cost>
        size="small"
        rowKey="year"
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="cost-table"
        dataSource={costs}
        locale={{ emptyText: t('relief.cost.none') }}
        columns={[
          { key: 'year', dataIndex: 'year', title: t('relief.common.year') },
          ...(['totalCost', ...COST_LAYERS] as const).map((key) => ({
            key,
            title: t(`relief.cost.${key}`),
            align: 'right' as const,
            render: (_: unknown, c: Cost) => <Yuan value={c[key]} />,
          })),
          {
            key: 'outOfPocket',
            title: t('relief.cost.outOfPocket'),
            align: 'right',
            render: (_, c) => <Yuan value={c.outOfPocket} strong />,
          },
        ]}
      />
    </>
  );
}
