import { Alert, Descriptions, Drawer, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExplanationSteps } from '../ExplanationSteps.tsx';
import type { Explanation } from '../../../../src/engine/explanation.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useApiGet, useLang } from './common.tsx';

/** Every step from the run's stored figures to the stars, with rule and article (server's explanation). */
export function ExplanationDrawer({
  runId,
  uscc,
  name,
  onClose,
}: {
  runId: string;
  uscc: string | null;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error, loading } = useApiGet<Explanation>(
    uscc ? `/api/hq/runs/${runId}/explain/${uscc}` : null,
  );
  return (
    <Drawer
      open={uscc !== null}
      onClose={onClose}
      size={720}
      title={t('rating.explain.title', { name })}
      data-testid="explanation"
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      {loading && <Spin />}
      {data && (
        <>
          {data.notice && (
            <Alert type="warning" showIcon title={data.notice[lang]} style={{ marginBottom: 12 }} />
          )}
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('rating.table.uscc')}>{data.subject.id}</Descriptions.Item>
            <Descriptions.Item label={t('rating.explain.parameters')}>
              {data.parameters}
            </Descriptions.Item>
          </Descriptions>
          <ExplanationSteps steps={data.steps} />
        </>
      )}
    </Drawer>
  );
}
