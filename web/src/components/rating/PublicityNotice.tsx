import { FilePdfOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Batch } from './types.ts';

/**
 * Downloads the publicity notice (公示) as the server lays it out: an official notice in PDF, in
 * Chinese as published, with the list as its attachment and the fonts embedded.
 */
export function PublicityNotice({ batch }: { batch: Batch }) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<FilePdfOutlined />}
      href={`/api/hq/batches/${encodeURIComponent(batch.id)}/publicity-notice.pdf`}
      download
      data-testid="notice-button"
    >
      {t('rating.notice.button')}
    </Button>
  );
}
