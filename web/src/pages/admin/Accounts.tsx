import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi, type Account } from '../../api/accounts.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AccountActions } from '../../components/admin/AccountActions.tsx';
import { AccountsTable } from '../../components/admin/AccountsTable.tsx';
import { NewAccountDrawer } from '../../components/admin/NewAccountDrawer.tsx';
import { ResetPasswordDialog } from '../../components/admin/ResetPasswordDialog.tsx';
import { useSession } from '../../session/useSession.ts';

/** The accounts as the server lists them, with the one changed just now put in its place. */
function useAccounts() {
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    accountsApi.list(controller.signal).then(
      (list) => {
        setAccounts(list);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const replace = useCallback(
    (account: Account) =>
      setAccounts((list) => list.map((a) => (a.id === account.id ? account : a))),
    [],
  );
  return { accounts, loading, error, reload, replace };
}

/** 账号管理: the administrator lists, creates, disables and enables accounts, and resets passwords. */
export function Accounts() {
  const { t } = useTranslation();
  const { state } = useSession();
  const ownId = state.status === 'signed-in' ? state.session.actor.accountId : undefined;
  const { accounts, loading, error: loadError, reload, replace } = useAccounts();
  const [error, setError] = useState<unknown>();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);

  return (
    <Card
      title={t('admin.accounts.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="account-create"
        >
          {t('admin.accounts.create')}
        </Button>
      }
      data-testid="admin-accounts"
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('admin.accounts.intro')}
        </Typography.Paragraph>
        <ApiErrorAlert error={loadError} />
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        <AccountsTable
          accounts={accounts}
          loading={loading}
          ownId={ownId}
          actions={(account) => (
            <AccountActions
              account={account}
              own={account.id === ownId}
              onChanged={replace}
              onResetPassword={setResetting}
              onError={setError}
            />
          )}
        />
      </Flex>
      <NewAccountDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          reload();
        }}
      />
      <ResetPasswordDialog
        account={resetting}
        onClose={() => setResetting(null)}
        onDone={(account) => {
          setResetting(null);
          replace(account);
        }}
      />
    </Card>
  );
}
