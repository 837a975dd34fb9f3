import { useTranslation } from 'react-i18next';
import { JourneyPlaceholder } from '../../components/JourneyPlaceholder.tsx';

/** Placeholder: the journey is still to be built (docs/hq-procedure.md). */
export function Batches() {
  const { t } = useTranslation();
  return (
    <JourneyPlaceholder
      id="batches"
      title={t('nav.batches')}
      description={t('journey.batches.description')}
      columns={[
        { key: 'year', title: t('journey.batches.year') },
        { key: 'title', title: t('journey.batches.title') },
        { key: 'window', title: t('journey.batches.window') },
        { key: 'stage', title: t('journey.batches.stage') },
      ]}
    />
  );
}
