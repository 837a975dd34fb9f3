import { LoginOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoAccount, DemoAccounts, Session } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { useSession } from '../../session/useSession.ts';
import { pick, ROLE_LABELS, ROLES } from '../../shared.ts';

/** Demo mode: the demo accounts (one per role unless all are asked for), each a one-click sign-in. */
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
  const firstPerRole = ROLES.flatMap((role) => accounts.find((a) => a.role === role) ?? []);
  const shown = showAll ? accounts : firstPerRole;

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
        <Table<DemoAccount>
          size="small"
          rowKey="loginName"
          dataSource={shown}
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
        {accounts.length > firstPerRole.length && (
          <Button type="link" onClick={() => setShowAll(!showAll)} style={{ alignSelf: 'start' }}>
            {showAll
              ? t('login.demoShowFewer')
              : t('login.demoShowAll', { count: accounts.length })}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
