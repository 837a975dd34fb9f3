import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaterRun } from '../../api/water.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';

/** Downloads the run as an Excel workbook. */
export function ExportAllocation({ run }: { run: WaterRun }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        data-testid="export-allocation"
        onClick={() => {
          setBusy(true);
          setError(undefined);
          import('./export-allocation.ts')
            .then((m) =>
              m.exportAllocationXlsx(
                run,
                t as TFunction,
                t('water.export.fileName', { year: run.year, version: run.version }),
              ),
            )
            .catch((e: unknown) => setError(e))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? t('water.export.exporting') : t('water.export.button')}
      </Button>
      <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
    </>
  );
}
