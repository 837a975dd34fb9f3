import { Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Layout.Footer className="app-footer">
      <Typography.Text type="secondary">{t('app.basis')}</Typography.Text>
    </Layout.Footer>
  );
}
