import { Drawer, Grid, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { useSession } from '../session/useSession.ts';
import { AppFooter } from './AppFooter.tsx';
import { AppHeader } from './AppHeader.tsx';
import { RoleMenu } from './RoleMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Signed-in pages: header, the role's menu on the left (a drawer on phones), the page. */
export function RoleLayout() {
  const { t } = useTranslation();
  const { state } = useSession();
  const screens = Grid.useBreakpoint();
  const [menuOpen, setMenuOpen] = useState(false);
  if (state.status !== 'signed-in') return null;
  const { role } = state.session.actor;
  const wide = screens.lg ?? false;
  return (
    <Layout className="app-layout">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader onOpenMenu={wide ? undefined : () => setMenuOpen(true)} actions={<UserMenu />} />
      {state.session.demo && <DemoBanner />}
      <Layout>
        {wide && (
          <Layout.Sider width={220} className="app-sider">
            <RoleMenu role={role} />
          </Layout.Sider>
        )}
        {!wide && (
          <Drawer
            placement="left"
            size={260}
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            title={t('nav.menu')}
            styles={{ body: { padding: 0 } }}
          >
            <RoleMenu role={role} onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        )}
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      <AppFooter />
    </Layout>
  );
}
