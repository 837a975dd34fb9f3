import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLanguage } from '../i18n/index.ts';
import { PASSWORD_PAGE } from '../pages/account/password-page.ts';
import { useSession } from '../session/useSession.ts';
import { pick, ROLE_LABELS } from '../shared.ts';

/**
 * Who is signed in, with their menu (change my password, sign out everywhere), and the sign-out
 * button.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const { state, signOut, signOutEverywhere } = useSession();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  if (state.status !== 'signed-in') return null;
  const { actor } = state.session;
  const role = pick(ROLE_LABELS[actor.role], currentLanguage());
  const onSignOut = async () => {
    await signOut().catch(() => undefined); // the session is ended here whatever the server says
    void message.success(t('session.signedOut'));
    void navigate('/login', { replace: true });
  };
  const onSignOutEverywhere = () =>
    void modal.confirm({
      title: t('session.everywhereConfirmTitle'),
      content: t('session.everywhereConfirm'),
      okText: t('session.everywhere'),
      cancelText: t('session.cancel'),
      onOk: async () => {
        await signOutEverywhere().catch(() => undefined);
        void message.success(t('session.signedOutEverywhere'));
        void navigate('/login', { replace: true });
      },
    });
  const items = [
    { key: 'password', icon: <KeyOutlined />, label: t('session.changePassword') },
    { key: 'everywhere', icon: <LogoutOutlined />, label: t('session.everywhere') },
  ];
  return (
    <Flex align="center" gap={4}>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) =>
            key === 'password' ? void navigate(PASSWORD_PAGE) : onSignOutEverywhere(),
        }}
      >
        <Button
          type="text"
          className="header-button header-user"
          data-testid="user-menu"
          title={t('session.signedInAs', { name: actor.displayName, role })}
          aria-label={t('session.userMenu', { name: actor.displayName })}
        >
          <UserOutlined />
          {screens.md && (
            <>
              {actor.displayName}
              <span className="header-role">{role}</span>
            </>
          )}
          <DownOutlined />
        </Button>
      </Dropdown>
      <Button
        type="text"
        className="header-button"
        icon={<LogoutOutlined />}
        aria-label={t('nav.signOut')}
        onClick={() => void onSignOut()}
      >
        {screens.sm && t('nav.signOut')}
      </Button>
    </Flex>
  );
}
