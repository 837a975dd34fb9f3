import { LoginOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoAccount, DemoAccounts, Session } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { useSession } from '../../session/useSession.ts';
import { pick, ROLE_LABELS, ROLES, type Role } from '../../shared.ts';

/** The method a role works in, for grouping the demo accounts. */
type MethodGroup = 'hq' | 'water' | 'relief';
const METHOD_GROUPS: MethodGroup[] = ['hq', 'water', 'relief'];
const groupOf = (role: Role): MethodGroup =>
  role.startsWith('water_') ? 'water' : role.startsWith('relief_') ? 'relief' : 'hq';

/**
 * Demo mode: the demo accounts grouped by method, each a one-click sign-in. The star rating shows
 * every enterprise (each stands at a different point: applying, or holding five, three or one
 * stars) and one account per other role unless all are asked for; the water fund and the relief
 * pilot show every account, since each office or county does a different part of the year.
 */
export function DemoAccountsTable(props: {
  demo: DemoAccounts;
  onSignedIn: (session: Session) => void;
}) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [showAll, setShowAll] = useState(false);
  const lang = currentLanguage();
  const wide = Grid.useBreakpoint().sm ?? false;
  const { accounts } = props.demo;
  const hqAccounts = accounts.filter((a) => groupOf(a.role) === 'hq');
  const firstPerRole = ROLES.flatMap((role) =>
    role === 'enterprise'
      ? hqAccounts.filter((a) => a.role === role)
      : (hqAccounts.find((a) => a.role === role) ?? []),
  );
  const shownIn = (group: MethodGroup) =>
    group === 'hq'
      ? showAll
        ? hqAccounts
        : firstPerRole
      : accounts.filter((a) => groupOf(a.role) === group);

  const signInAs = async (account: DemoAccount) => {
    setError(undefined);
    setBusy(account.loginName);
    try {
      props.onSignedIn(await signIn({ loginName: account.loginName, password: account.password }));
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };

  return (
    <Card title={t('login.demoTitle')} data-testid="demo-accounts">
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{props.demo.notice}</Typography.Text>
        <Typography.Text>{t('login.demoHint')}</Typography.Text>
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        {METHOD_GROUPS.filter((group) => shownIn(group).length > 0).map((group) => (
          <Flex vertical gap={4} key={group} data-testid={`demo-accounts-${group}`}>
            <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
              {t(`login.demoGroup.${group}`)}
            </Typography.Title>
            {group === 'hq' && hqAccounts.length > firstPerRole.length && (
              <Button
                type="link"
                onClick={() => setShowAll(!showAll)}
                style={{ alignSelf: 'start', padding: 0 }}
              >
                {showAll
                  ? t('login.demoShowFewer')
                  : t('login.demoShowAll', { count: hqAccounts.length })}
              </Button>
            )}
            <Table<DemoAccount>
              size="small"
              rowKey="loginName"
              dataSource={shownIn(group)}
              pagination={false}
              scroll={wide ? { x: 'max-content' } : undefined}
              columns={[
                {
                  key: 'role',
                  title: t('login.demoRole'),
                  render: (_, a) => (
                    <>
                      <Tag color="blue" className="wrapping-tag">
                        {pick(ROLE_LABELS[a.role], lang)}
                      </Tag>
                      {!wide && <div>{a.displayName}</div>}
                    </>
                  ),
                },
                {
                  key: 'name',
                  title: t('login.demoName'),
                  responsive: ['sm'],
                  render: (_, a) => (
                    <>
                      <div>{a.displayName}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {a.description}
                      </Typography.Text>
                    </>
                  ),
                },
                {
                  key: 'loginName',
                  title: t('login.demoUsername'),
                  dataIndex: 'loginName',
                  responsive: ['xxl'],
                  render: (name: string) => <Typography.Text code>{name}</Typography.Text>,
                },
                {
                  key: 'action',
                  title: t('login.demoAction'),
                  render: (_, a) => (
                    <Button
                      type="primary"
                      size="small"
                      icon={<LoginOutlined />}
                      loading={busy === a.loginName}
                      disabled={busy !== null && busy !== a.loginName}
                      aria-label={`${t('login.demoSignInAs', { role: pick(ROLE_LABELS[a.role], lang) })}：${a.displayName}`}
                      data-testid={`demo-sign-in-${a.loginName}`}
                      data-role={a.role}
                      onClick={() => void signInAs(a)}
                    >
                      {t('login.demoSignIn')}
                    </Button>
                  ),
                },
              ]}
            />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
