import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CLIENT_ERROR_CODES, isApiError } from '../api/api-error.ts';

/**
 * A failed call as the server explained it: its message, then each issue with the field it names.
 * Put it above a form and pass the result of `applyApiError` so field issues show only once.
 */
export function ApiErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useTranslation();
  if (error === undefined || error === null) return null;
  const title = errorTitle(error, t);
  const issues = isApiError(error) ? error.issues : [];
  const description =
    issues.length > 0 ? (
      <>
        {t('errors.issues')}
        <ul className="issue-list">
          {/* The message names its field in the screen's words; the API's path stays out of sight. */}
          {issues.map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
        </ul>
      </>
    ) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={description}
      closable={onClose ? { onClose } : false}
      className="api-error"
    />
  );
}

// TFunction, not the hook's own type: with every area's keys that one is too deep for tsc.
function errorTitle(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
    if (error.code === CLIENT_ERROR_CODES.badResponse) {
      return t('errors.badResponse', { status: error.status });
    }
    return error.message;
  }
  return error instanceof Error ? error.message : t('errors.title');
}
