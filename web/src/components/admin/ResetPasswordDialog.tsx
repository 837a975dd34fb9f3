import { App as AntApp, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi, type Account } from '../../api/accounts.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { PasswordField } from './PasswordField.tsx';

/** A new password for `account` (null: closed); it ends the account's sessions and any lock. */
export function ResetPasswordDialog(props: {
  account: Account | null;
  onClose: () => void;
  onDone: (account: Account) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const { account } = props;

  const save = async ({ password }: { password: string }) => {
    if (!account) return;
    setBusy(true);
    setError(undefined);
    try {
      const changed = await accountsApi.resetPassword(account.id, password);
      void message.success(t('admin.password.done', { name: changed.loginName }));
      props.onDone(changed);
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setError(undefined);
    props.onClose();
  };

  return (
    <Modal
      open={account !== null}
      title={account && t('admin.password.title', { name: account.loginName })}
      okText={t('admin.password.submit')}
      cancelText={t('admin.actions.cancel')}
      okButtonProps={{ loading: busy, htmlType: 'submit' }}
      onCancel={close}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form
          form={form}
          layout="vertical"
          clearOnDestroy
          onFinish={(v) => void save(v)}
          data-testid="password-form"
          autoComplete="off"
        >
          {dialog}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t('admin.password.intro')}</Typography.Paragraph>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <PasswordField label={t('admin.password.newPassword')} />
    </Modal>
  );
}
