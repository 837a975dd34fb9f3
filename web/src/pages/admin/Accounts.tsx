import { useTranslation } from 'react-i18next';
import { JourneyPlaceholder } from '../../components/JourneyPlaceholder.tsx';

/** Placeholder: the journey is still to be built (docs/hq-procedure.md). */
export function Accounts() {
  const { t } = useTranslation();
  return (
    <JourneyPlaceholder
      id="accounts"
      title={t('nav.accounts')}
      description={t('journey.accounts.description')}
      columns={[
        { key: 'username', title: t('journey.accounts.username') },
        { key: 'name', title: t('journey.accounts.name') },
        { key: 'role', title: t('journey.accounts.role') },
        { key: 'scope', title: t('journey.accounts.scope') },
      ]}
    />
  );
}
