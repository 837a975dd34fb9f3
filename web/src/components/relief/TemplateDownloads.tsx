import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, CLIENT_ERROR_CODES } from '../../api/api-error.ts';
import { templatePath } from '../../api/relief.ts';
import type { ApiErrorBody } from '../../api/types.ts';
import { languageTag } from '../../i18n/language.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';

type Format = 'xlsx' | 'csv';

/**
 * The import's template, as Excel or CSV: the Chinese headers and an example marked 演示数据,
 * ready to fill in and upload again.
 */
export function TemplateDownloads({ sheet }: { sheet: 'families' | 'costs' }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>();

  const download = async (format: Format) => {
    setBusy(format);
    setError(undefined);
    try {
      const response = await fetch(templatePath(sheet, format), {
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
      link.download = t(`relief.import.templateFile.${sheet}`, { format });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, CLIENT_ERROR_CODES.network, String(e)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap="small">
      <Flex wrap gap="small">
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            icon={<DownloadOutlined />}
            loading={busy === format}
            onClick={() => void download(format)}
            data-testid={`template-${sheet}-${format}`}
          >
            {t(`relief.import.template.${format}`)}
          </Button>
        ))}
      </Flex>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
    </Flex>
  );
}
