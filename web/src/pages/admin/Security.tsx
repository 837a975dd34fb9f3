import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountsApi, type SecurityOverview } from '../../api/accounts.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { useLoad } from '../../components/review/useLoad.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { chinaDateTime } from '../../lib/format-time.ts';
import { pick, ROLE_LABELS, type Role } from '../../shared.ts';

/** What every account row of the overview carries. */
interface AccountRow {
  loginName: string;
  displayName: string;
  role: Role;
}

/**
 * 安全情况: what the administrator (and an assessor) checks of the accounts — failed sign-ins by
 * login name with their addresses, accounts locked now, accounts unused for a long time, and one
 * name on accounts of different roles. Every time in China time.
 */
export function Security() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const {
    data: overview,
    error,
    loading,
  } = useLoad((signal) => accountsApi.securityOverview(signal), []);
  const role = (r: Role) => <Tag>{pick(ROLE_LABELS[r], lang)}</Tag>;
  const days = overview?.windows ?? { failedSignInDays: 7, unusedDays: 90 };
  // The columns every list of accounts on this page begins with.
  const accountColumns = <T extends AccountRow>(): TableColumnsType<T> => [
    { key: 'loginName', title: t('admin.accounts.loginName'), dataIndex: 'loginName' },
    { key: 'displayName', title: t('admin.accounts.displayName'), dataIndex: 'displayName' },
    { key: 'role', title: t('admin.accounts.role'), render: (_, row) => role(row.role) },
  ];

  return (
    <Flex vertical gap="middle" data-testid="security-overview">
      <Typography.Paragraph type="secondary">{t('admin.security.intro')}</Typography.Paragraph>
      <ApiErrorAlert error={error} />
      <Card
        title={t('admin.security.failedTitle', { days: days.failedSignInDays })}
        data-testid="security-failed"
      >
        <Table
          rowKey="loginName"
          size="small"
          loading={loading}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={overview?.failedSignIns ?? []}
          locale={{ emptyText: t('admin.security.none') }}
          columns={[
            {
              key: 'loginName',
              title: t('admin.accounts.loginName'),
              render: (_, row) => (
                <Flex vertical>
                  <span>{row.loginName}</span>
                  <Typography.Text type="secondary">
                    {row.displayName ?? t('admin.security.noSuchAccount')}
                  </Typography.Text>
                </Flex>
              ),
            },
            { key: 'failures', title: t('admin.security.failures'), dataIndex: 'failures' },
            { key: 'clients', title: t('admin.security.clients'), dataIndex: 'clients' },
            {
              key: 'lastAt',
              title: t('admin.security.lastAt'),
              render: (_, row) => chinaDateTime(row.lastAt),
            },
            {
              key: 'lastClient',
              title: t('admin.security.lastClient'),
              render: (_, row) => row.lastClient ?? '—',
            },
          ]}
        />
      </Card>
      <Card title={t('admin.security.lockedTitle')} data-testid="security-locked">
        <Table
          rowKey="accountId"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={overview?.locked ?? []}
          locale={{ emptyText: t('admin.security.none') }}
          columns={[
            ...accountColumns<SecurityOverview['locked'][number]>(),
            {
              key: 'lockedUntil',
              title: t('admin.security.lockedUntil'),
              render: (_, row) => chinaDateTime(row.lockedUntil),
            },
          ]}
        />
      </Card>
      <Card
        title={t('admin.security.unusedTitle', { days: days.unusedDays })}
        data-testid="security-unused"
      >
        <Table
          rowKey="accountId"
          size="small"
          loading={loading}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={overview?.unused ?? []}
          locale={{ emptyText: t('admin.security.none') }}
          columns={[
            ...accountColumns<SecurityOverview['unused'][number]>(),
            {
              key: 'createdAt',
              title: t('admin.accounts.createdAt'),
              render: (_, row) => chinaDateTime(row.createdAt),
            },
            {
              key: 'lastSignInAt',
              title: t('admin.security.lastSignInAt'),
              render: (_, row) =>
                row.lastSignInAt ? chinaDateTime(row.lastSignInAt) : t('admin.security.never'),
            },
          ]}
        />
      </Card>
      <Card title={t('admin.security.sharedTitle')} data-testid="security-shared">
        <Table
          rowKey="displayName"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={overview?.sharedNames ?? []}
          locale={{ emptyText: t('admin.security.none') }}
          columns={[
            {
              key: 'displayName',
              title: t('admin.accounts.displayName'),
              dataIndex: 'displayName',
            },
            {
              key: 'accounts',
              title: t('admin.security.accountsOfName'),
              render: (_, row) => (
                <Flex gap="small" wrap>
                  {row.accounts.map((a) => (
                    <span key={a.accountId}>
                      {a.loginName} {role(a.role)}
                    </span>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
