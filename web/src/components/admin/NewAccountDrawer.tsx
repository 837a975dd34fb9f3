import { App as AntApp, Button, Drawer, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi, type Account, type NewAccount } from '../../api/accounts.ts';
import { isApiError } from '../../api/api-error.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import type { Role } from '../../shared.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { PasswordField } from './PasswordField.tsx';
import { RoleSelect } from './RoleSelect.tsx';
import { scopeFieldsOf } from './role-scope.ts';
import { ScopeFields } from './ScopeFields.tsx';

type Values = Omit<NewAccount, 'role'> & { role?: Role };

/** The request: trimmed texts, and only the scope fields the role needs. */
function toRequest(values: Values, role: Role): NewAccount {
  const request: NewAccount = {
    loginName: values.loginName.trim(),
    displayName: values.displayName.trim(),
    role,
    password: values.password,
  };
  for (const field of scopeFieldsOf(role)) {
    const value = values[field];
    if (value !== undefined) Object.assign(request, { [field]: value.trim() });
  }
  return request;
}

/** The form for a new account, in a drawer. */
export function NewAccountDrawer(props: {
  open: boolean;
  onClose: () => void;
  onCreated: (account: Account) => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={t('admin.form.title')}
      size={Math.min(520, window.innerWidth)}
      destroyOnHidden
    >
      <NewAccountForm onCancel={props.onClose} onCreated={props.onCreated} />
    </Drawer>
  );
}

/**
 * A new account: login name, name, role, then only the scope the role needs, and an initial
 * password. The server's issues appear under their fields; a taken login name under it.
 */
function NewAccountForm(props: { onCancel: () => void; onCreated: (account: Account) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const save = async (values: Values) => {
    if (!values.role) return;
    setBusy(true);
    setError(undefined);
    try {
      const account = await accountsApi.create(toRequest(values, values.role));
      void message.success(t('admin.form.created', { name: account.loginName }));
      props.onCreated(account);
    } catch (e) {
      if (isApiError(e) && e.code === 'login_name_taken') {
        form.setFields([{ name: 'loginName', errors: [e.message] }]);
      } else {
        setError(applyApiError(form, e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      preserve={false}
      onFinish={(v) => void save(v)}
      data-testid="account-form"
      autoComplete="off"
    >
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
      <Form.Item
        name="loginName"
        label={t('admin.accounts.loginName')}
        extra={t('admin.form.loginNameHelp')}
        rules={[{ required: true, whitespace: true, message: t('admin.form.loginNameRequired') }]}
      >
        <Input autoFocus maxLength={64} data-testid="account-login-name" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('admin.accounts.displayName')}
        extra={t('admin.form.displayNameHelp')}
        rules={[{ required: true, whitespace: true, message: t('admin.form.displayNameRequired') }]}
      >
        <Input maxLength={100} data-testid="account-display-name" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('admin.accounts.role')}
        rules={[{ required: true, message: t('admin.form.roleRequired') }]}
      >
        <RoleSelect placeholder={t('admin.form.rolePlaceholder')} data-testid="account-role" />
      </Form.Item>
      <ScopeFields role={role} />
      <PasswordField label={t('admin.form.password')} />
      <Flex gap="small" justify="flex-end">
        <Button onClick={props.onCancel}>{t('admin.form.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="account-submit">
          {t('admin.form.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
