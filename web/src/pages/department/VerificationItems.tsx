import { useTranslation } from 'react-i18next';
import { JourneyPlaceholder } from '../../components/JourneyPlaceholder.tsx';

/** Placeholder: the journey is still to be built (docs/hq-procedure.md). */
export function VerificationItems() {
  const { t } = useTranslation();
  return (
    <JourneyPlaceholder
      id="verificationItems"
      title={t('nav.verificationItems')}
      description={t('journey.verificationItems.description')}
      columns={[
        { key: 'enterprise', title: t('journey.verificationItems.enterprise') },
        { key: 'item', title: t('journey.verificationItems.item') },
        { key: 'declared', title: t('journey.verificationItems.declared') },
        { key: 'state', title: t('journey.verificationItems.state') },
      ]}
    />
  );
}
