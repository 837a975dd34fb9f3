import { useTranslation } from 'react-i18next';
import { JourneyPlaceholder } from '../../components/JourneyPlaceholder.tsx';

/** Placeholder: the journey is still to be built (docs/hq-procedure.md). */
export function RatingTable() {
  const { t } = useTranslation();
  return (
    <JourneyPlaceholder
      id="ratingTable"
      title={t('nav.ratingTable')}
      description={t('journey.ratingTable.description')}
      columns={[
        { key: 'rank', title: t('journey.ratingTable.rank') },
        { key: 'enterprise', title: t('journey.ratingTable.enterprise') },
        { key: 'total', title: t('journey.ratingTable.total') },
        { key: 'stars', title: t('journey.ratingTable.stars') },
      ]}
    />
  );
}
