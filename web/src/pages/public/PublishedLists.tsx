import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** The lists in publicity or published (to be wired to the server's public routes). */
export function PublishedLists() {
  const { t } = useTranslation();
  return (
    <Card title={t('public.listsTitle')} data-testid="published-lists">
      <Empty description={t('public.listsEmpty')} />
    </Card>
  );
}
