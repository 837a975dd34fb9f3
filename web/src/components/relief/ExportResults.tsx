import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, CLIENT_ERROR_CODES } from '../../api/api-error.ts';
import { reliefPaths } from '../../api/relief.ts';
import type { ApiErrorBody } from '../../api/types.ts';
import { languageTag } from '../../i18n/language.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';

/**
 * Downloads the server's results file of the year (the latest run, masked and cut to what the
 * role may see, exactly as on the screens); a refusal is shown like any other.
 */
export function ExportResults({ year }: { year: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(reliefPaths.resultsXlsx(year), {
        credentials: 'same-origin',
        headers: { 'Accept-Language': languageTag(currentLanguage()) },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => undefined)) as
          Partial<ApiErrorBody> | undefined;
        throw body?.error
          ? new ApiError(response.status, body.error.code, body.error.message, body.error.issues)
          : new ApiError(
              response.status,
              CLIENT_ERROR_CODES.badResponse,
              `HTTP ${response.status}`,
            );
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = t('relief.runs.fileName', { year });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, CLIENT_ERROR_CODES.network, String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={() => void download()}
        data-testid="export-results"
      >
        {t('relief.runs.export')}
      </Button>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
    </>
  );
}
