import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { PasswordChangeRequest } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { ServerUnavailable } from '../../components/ServerUnavailable.tsx';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { roleHome } from '../../routes/role-sections.tsx';
import { useSession } from '../../session/useSession.ts';

interface PasswordForm extends PasswordChangeRequest {
  repeat: string;
}

/**
 * The signed-in person changes their own password. When someone else chose it (the first
 * administrator's initial password, an administrator's reset) the app comes here first and the
 * page says why. The server checks the rules and names the field; the repeat is checked here.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { state, changePassword } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<PasswordForm>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'unavailable') return <ServerUnavailable error={state.error} />;
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  }
  const { session } = state;
  const from = (location.state as { from?: string } | null)?.from;

  const onFinish = async ({ currentPassword, newPassword }: PasswordForm) => {
    setError(undefined);
    setBusy(true);
    try {
      await changePassword({ currentPassword, newPassword });
      void message.success(t('password.changed'));
      void navigate(from ?? roleHome(session.actor.role), { replace: true });
    } catch (e) {
      setError(applyApiError(form, e));
      setBusy(false);
    }
  };

  return (
    <Card title={t('password.title')} data-testid="password-change" style={{ maxWidth: 480 }}>
      {session.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          data-testid="password-change-required"
          message={t('password.requiredTitle')}
          description={t('password.requiredText')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Typography.Paragraph type="secondary">{t('password.rules')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={session.loginName}
          readOnly
          hidden
        />
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          rules={[{ required: true, message: t('password.newRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('password.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.repeatRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.repeatDiffers'))),
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
