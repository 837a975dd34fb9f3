import { Alert, Descriptions, Drawer, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExplanationSteps } from '../ExplanationSteps.tsx';
import { reliefPaths, type Explanation } from '../../api/relief.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useApiGet, useLang } from '../rating/common.tsx';
import { Yuan } from './common.tsx';

/**
 * How a family's relief came out of its cost (the server's explanation): category (M1), pilot area
 * (M2), the part above the threshold of 120,000 up to the cap of 100,000 (M3, MD1, MD2), the
 * warning level (MD3), each step with its rule and article.
 */
export function ReliefExplanation({
  runId,
  family,
  onClose,
}: {
  runId: string;
  family: { id: string; code: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error, loading } = useApiGet<Explanation>(
    family ? reliefPaths.explanation(runId, family.id) : null,
  );
  return (
    <Drawer
      open={family !== null}
      onClose={onClose}
      size={720}
      title={t('relief.explain.title', { code: family?.code ?? '' })}
      data-testid="relief-explanation"
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
            <Descriptions.Item label={t('relief.family.code')}>
              {data.subject.id} {data.subject.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.explain.threshold')}>
              <Yuan value="120000.00" /> <Tag color="blue">M3</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.explain.cap')}>
              <Yuan value="100000.00" /> <Tag color="blue">M3</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.explain.year')}>
              {t('relief.explain.yearRule')} <Tag color="blue">MD1</Tag> <Tag color="blue">MD2</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('relief.explain.parameters')}>
              {data.parameters}
            </Descriptions.Item>
          </Descriptions>
          <ExplanationSteps steps={data.steps} />
        </>
      )}
    </Drawer>
  );
}
