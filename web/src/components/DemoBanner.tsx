import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The 演示数据 warning: nothing on a demo server is real. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={<strong>{t('demo.bannerTitle')}</strong>}
      description={t('demo.banner')}
      data-testid="demo-banner"
    />
  );
}
