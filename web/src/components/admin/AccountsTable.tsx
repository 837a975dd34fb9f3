import { Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/accounts.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { describeScope } from '../../lib/describe-scope.ts';
import { pick, ROLE_LABELS, type Role } from '../../shared.ts';
import { AccountStateTag } from './AccountStateTag.tsx';
import { RoleSelect } from './RoleSelect.tsx';
import { ROLE_GROUPS } from './role-scope.ts';
import { chinaDateTime } from '../../lib/format-time.ts';

const ROLE_COLORS: Record<string, string> = {
  hq: 'blue',
  water: 'cyan',
  relief: 'purple',
  system: 'gold',
};
const colorOf = (role: Role) =>
  ROLE_COLORS[ROLE_GROUPS.find((g) => g.roles.includes(role))?.group ?? 'system'];

/** Whether the account's login name or display name contains `text` (case-insensitive). */
function matches(account: Account, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return (
    wanted === '' ||
    account.loginName.includes(wanted) ||
    account.displayName.toLowerCase().includes(wanted)
  );
}

/**
 * The accounts, filtered by role and searched by name, paged here. `actions` renders each row's
 * buttons; `ownId` marks the signed-in administrator's own account.
 */
export function AccountsTable(props: {
  accounts: Account[];
  loading: boolean;
  ownId: string | undefined;
  actions: (account: Account) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [role, setRole] = useState<Role>();
  const [search, setSearch] = useState('');
  const shown = useMemo(
    () => props.accounts.filter((a) => (!role || a.role === role) && matches(a, search)),
    [props.accounts, role, search],
  );

  const columns: TableColumnsType<Account> = [
    {
      key: 'loginName',
      title: t('admin.accounts.loginName'),
      render: (_, a) => (
        <Flex gap={4} wrap align="center">
          <Typography.Text code>{a.loginName}</Typography.Text>
          {a.id === props.ownId && <Tag>{t('admin.accounts.you')}</Tag>}
        </Flex>
      ),
    },
    { key: 'displayName', dataIndex: 'displayName', title: t('admin.accounts.displayName') },
    {
      key: 'role',
      title: t('admin.accounts.role'),
      render: (_, a) => <Tag color={colorOf(a.role)}>{pick(ROLE_LABELS[a.role], lang)}</Tag>,
    },
    {
      key: 'scope',
      title: t('admin.accounts.scope'),
      render: (_, a) =>
        describeScope(
          {
            role: a.role,
            jurisdiction: a.jurisdiction ?? undefined,
            department: a.department ?? undefined,
            enterpriseUscc: a.enterpriseUscc ?? undefined,
            office: a.office ?? undefined,
            township: a.township ?? undefined,
          },
          t,
          lang,
        ),
    },
    {
      key: 'state',
      title: t('admin.accounts.state'),
      render: (_, a) => (
        <Flex gap={4} wrap>
          <AccountStateTag account={a} />
          {a.demo && <Tag color="orange">{t('admin.accounts.demo')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'createdAt',
      title: t('admin.accounts.createdAt'),
      render: (_, a) => chinaDateTime(a.createdAt),
    },
    { key: 'actions', title: t('admin.accounts.actions'), render: (_, a) => props.actions(a) },
  ];

  return (
    <Flex vertical gap="small">
      <Flex wrap gap="small" align="center" role="search">
        <RoleSelect
          allowClear
          style={{ width: 260 }}
          placeholder={t('admin.accounts.filterRole')}
          aria-label={t('admin.accounts.filterRole')}
          value={role}
          onChange={(value?: Role) => setRole(value)}
          data-testid="accounts-filter-role"
        />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('admin.accounts.search')}
          aria-label={t('admin.accounts.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="accounts-search"
        />
      </Flex>
      <Table<Account>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={shown}
        loading={props.loading}
        scroll={{ x: 'max-content' }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          showTotal: (count) => t('admin.accounts.total', { count }),
        }}
        locale={{ emptyText: t('admin.accounts.empty') }}
        data-testid="accounts-table"
      />
    </Flex>
  );
}
