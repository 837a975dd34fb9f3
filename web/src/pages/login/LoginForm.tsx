import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SignInRequest } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { useSession } from '../../session/useSession.ts';

/** User name and password; Enter signs in. The server's field issues appear under the fields. */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [form] = Form.useForm<SignInRequest>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: SignInRequest) => {
    setError(undefined);
    setBusy(true);
    try {
      onSignedIn(await signIn(values));
    } catch (e) {
      setError(applyApiError(form, e));
      setBusy(false);
    }
  };

  return (
    <Card title={t('login.title')} data-testid="login-form">
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
        <Form.Item
          name="loginName"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          style={{ marginTop: error ? 16 : 0 }}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
    </Card>
  );
}
