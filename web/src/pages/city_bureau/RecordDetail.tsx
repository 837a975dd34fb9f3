import { Button, Descriptions, Modal, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Enterprise } from './after-final-records.ts';

/**
 * One revocation or support record opened from its list: whose rating it is about (enterprise,
 * credit code, county, batch), then the record's own lines.
 */
export function RecordDetail({
  record,
  lines,
  testId,
  onClose,
}: {
  record: (Enterprise & { name: string }) | null;
  lines: DescriptionsProps['items'];
  testId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={record !== null}
      title={record?.name}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('afterFinal.common.close')}</Button>}
      width={640}
    >
      {record && (
        <Descriptions
          size="small"
          column={1}
          bordered
          data-testid={testId}
          items={[
            { key: 'name', label: t('afterFinal.common.enterprise'), children: record.name },
            { key: 'uscc', label: t('afterFinal.common.uscc'), children: record.uscc },
            { key: 'county', label: t('afterFinal.common.county'), children: record.county },
            { key: 'batch', label: t('afterFinal.common.batch'), children: record.batchTitle },
            ...(lines ?? []),
          ]}
        />
      )}
    </Modal>
  );
}
