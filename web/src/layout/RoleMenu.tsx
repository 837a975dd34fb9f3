import { GlobalOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { pagePath, ROLE_SECTIONS } from '../routes/role-sections.tsx';
import type { Role } from '../shared.ts';

/** The left menu: the role's pages, then the public notices. */
export function RoleMenu({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const section = ROLE_SECTIONS[role];
  const items = [
    ...section.pages.map((page) => ({
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
