import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { Brand } from './Brand.tsx';

/** The blue band on every page: menu button (phones), brand, language switch, then `actions`. */
export function AppHeader({
  onOpenMenu,
  actions,
}: {
  onOpenMenu?: () => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Layout.Header className="app-header">
      <Flex align="center" justify="space-between" gap="small" className="app-header-row">
        <Flex align="center" gap="small" style={{ minWidth: 0 }}>
          {onOpenMenu && (
            <Button
              type="text"
              className="header-button"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              onClick={onOpenMenu}
            />
          )}
          <Brand />
        </Flex>
        <Flex align="center" gap={4} style={{ flexShrink: 0 }}>
          <LanguageSwitch compact={!screens.sm} />
          {actions}
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
