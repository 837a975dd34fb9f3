import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterApi } from '../../api/water.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { useLang } from '../rating/common.tsx';
import { useLoad } from '../review/useLoad.ts';

/** Where the latest fund year stands: its state, the figures still missing, the due dates. */
export function YearStatus() {
  const { t } = useTranslation();
  const lang = useLang();
  const detail = useLoad(async (signal) => {
    const years = await waterApi.years({ signal });
    const latest = years.reduce<number | undefined>(
      (a, y) => (a === undefined || y.year > a ? y.year : a),
      undefined,
    );
    return latest === undefined ? null : waterApi.year(latest, { signal });
  }, []);
  if (detail.error) return <ApiErrorAlert error={detail.error} />;
  const year = detail.data;
  if (!year) return null;
  return (
    <Card
      size="small"
      title={t('water.home.statusTitle', { year: year.year })}
      data-testid="water-year-status"
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
        <Descriptions.Item label={t('water.years.state')}>
          <Tag color={year.state === 'allocated' ? 'green' : 'blue'}>{year.stateLabel[lang]}</Tag>
          {year.synthetic && <Tag color="orange">{t('water.common.synthetic')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.home.missing')}>
          {year.state === 'collecting' ? year.missing : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.years.figuresDue')}>
          {year.figuresDueOn}
          {year.late && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('water.common.late')}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.years.selfEvaluationDue')}>
          {year.selfEvaluationDueOn}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
