import { GlobalOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { pagePath, ROLE_SECTIONS } from '../routes/role-sections.tsx';
import type { Role } from '../shared.ts';
import { useSession } from '../session/useSession.ts';

/** The left menu: the role's pages, then the public notices. */
export function RoleMenu({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { state } = useSession();
  const office = state.status === 'signed-in' ? state.session.actor.office : undefined;
  const demo = state.status === 'signed-in' && state.session.demo;
  const section = ROLE_SECTIONS[role];
  const items = [
    ...section.pages
      .filter((page) => !page.offices || (office !== undefined && page.offices.includes(office)))
      .filter((page) => !page.demoOnly || demo)
      .map((page) => ({
        key: pagePath(section, page),
        icon: page.icon,
        label: t(page.label),
      })),
    { type: 'divider' as const },
    { key: '/public', icon: <GlobalOutlined />, label: t('nav.public') },
  ];
  return (
    <Menu
      mode="inline"
      selectedKeys={[pathname.replace(/\/$/, '') || '/']}
      items={items}
      aria-label={t('nav.menu')}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
