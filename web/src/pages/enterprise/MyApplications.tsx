import { useTranslation } from 'react-i18next';
import { JourneyPlaceholder } from '../../components/JourneyPlaceholder.tsx';

/** Placeholder: the journey is still to be built (docs/hq-procedure.md). */
export function MyApplications() {
  const { t } = useTranslation();
  return (
    <JourneyPlaceholder
      id="myApplications"
      title={t('nav.myApplications')}
      description={t('journey.myApplications.description')}
      columns={[
        { key: 'batch', title: t('journey.myApplications.batch') },
        { key: 'status', title: t('journey.myApplications.status') },
        { key: 'submittedAt', title: t('journey.myApplications.submittedAt') },
        { key: 'stars', title: t('journey.myApplications.stars') },
      ]}
    />
  );
}
