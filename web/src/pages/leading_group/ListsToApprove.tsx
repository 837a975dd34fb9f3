import { useTranslation } from 'react-i18next';
import { JourneyPlaceholder } from '../../components/JourneyPlaceholder.tsx';

/** Placeholder: the journey is still to be built (docs/hq-procedure.md). */
export function ListsToApprove() {
  const { t } = useTranslation();
  return (
    <JourneyPlaceholder
      id="listsToApprove"
      title={t('nav.listsToApprove')}
      description={t('journey.listsToApprove.description')}
      columns={[
        { key: 'batch', title: t('journey.listsToApprove.batch') },
        { key: 'version', title: t('journey.listsToApprove.version') },
        { key: 'submittedAt', title: t('journey.listsToApprove.submittedAt') },
        { key: 'warnings', title: t('journey.listsToApprove.warnings') },
      ]}
    />
  );
}
