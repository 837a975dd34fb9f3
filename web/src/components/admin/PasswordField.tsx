import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../shared.ts';

/**
 * A new password with its rules shown beneath; the server checks them all and its issues appear
 * here (field `password`).
 */
export function PasswordField({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="password"
      label={label}
      extra={t('admin.form.passwordRules', { min: MIN_PASSWORD_LENGTH })}
      rules={[{ required: true, message: t('admin.form.passwordRequired') }]}
    >
      <Input.Password autoComplete="new-password" maxLength={128} data-testid="account-password" />
    </Form.Item>
  );
}
