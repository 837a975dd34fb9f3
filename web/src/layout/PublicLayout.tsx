import { LoginOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/useSession.ts';
import { AppFooter } from './AppFooter.tsx';
import { AppHeader } from './AppHeader.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Pages without the role menu: sign-in and the public notices. */
export function PublicLayout() {
  const { t } = useTranslation();
  const { state } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const actions =
    state.status === 'signed-in' ? (
      <UserMenu />
    ) : pathname !== '/login' ? (
      <Button
        type="text"
        className="header-button"
        icon={<LoginOutlined />}
        onClick={() => void navigate('/login')}
      >
        {t('nav.signIn')}
      </Button>
    ) : null;
  return (
    <Layout className="app-layout">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader actions={actions} />
      <Layout.Content id="main" tabIndex={-1} className="app-content app-content-narrow">
        <Outlet />
      </Layout.Content>
      <AppFooter />
    </Layout>
  );
}
