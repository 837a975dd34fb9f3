import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/useSession.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';

/** The session could not be asked for: say so and offer to try again. */
export function ServerUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { reload } = useSession();
  return (
    <Result
      status="warning"
      title={t('session.unavailableTitle')}
      subTitle={<ApiErrorAlert error={error} />}
      extra={
        <Button type="primary" onClick={reload}>
          {t('session.retry')}
        </Button>
      }
    />
  );
}
