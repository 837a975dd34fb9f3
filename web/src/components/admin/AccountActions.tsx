import { App as AntApp, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi, type Account } from '../../api/accounts.ts';

/**
 * Disable or enable an account (each confirmed first), and open the password reset. The signed-in
 * administrator's own account cannot be disabled. Failures go to `onError`.
 */
export function AccountActions(props: {
  account: Account;
  own: boolean;
  onChanged: (account: Account) => void;
  onResetPassword: (account: Account) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const { account } = props;
  const name = account.loginName;
  const disabled = account.disabledAt !== null;

  const toggle = async () => {
    setBusy(true);
    props.onError(undefined);
    try {
      const changed = disabled
        ? await accountsApi.enable(account.id)
        : await accountsApi.disable(account.id);
      void message.success(
        t(disabled ? 'admin.actions.enabled' : 'admin.actions.disabled', { name }),
      );
      props.onChanged(changed);
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space size="small" wrap>
      <Popconfirm
        title={t(disabled ? 'admin.actions.enableConfirm' : 'admin.actions.disableConfirm', {
          name,
        })}
        description={disabled ? undefined : t('admin.actions.disableHint')}
        okText={disabled ? t('admin.actions.enable') : t('admin.actions.disable')}
        okButtonProps={{ danger: !disabled }}
        cancelText={t('admin.actions.cancel')}
        onConfirm={() => void toggle()}
        disabled={props.own}
      >
        <Button
          size="small"
          danger={!disabled}
          loading={busy}
          disabled={props.own}
          data-action={disabled ? 'enable' : 'disable'}
        >
          {disabled ? t('admin.actions.enable') : t('admin.actions.disable')}
        </Button>
      </Popconfirm>
      <Button size="small" onClick={() => props.onResetPassword(account)} data-action="password">
        {t('admin.actions.resetPassword')}
      </Button>
    </Space>
  );
}
