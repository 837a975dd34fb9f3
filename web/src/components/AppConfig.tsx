import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME } from '../theme.ts';

/** Ant Design in the interface language (zh_CN first, en_US when switched) and the app's theme. */
export function AppConfig({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  useEffect(() => {
    document.title = t('app.documentTitle');
  }, [t, english]);
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
