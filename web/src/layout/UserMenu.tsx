import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Flex, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLanguage } from '../i18n/index.ts';
import { useSession } from '../session/useSession.ts';
import { pick, ROLE_LABELS } from '../shared.ts';

/** Who is signed in, and the sign-out button. */
export function UserMenu() {
  const { t } = useTranslation();
  const { state, signOut } = useSession();
  const { message } = App.useApp();
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
  return (
    <Flex align="center" gap={4}>
      {screens.md && (
        <Typography.Text
          className="header-user"
          title={t('session.signedInAs', { name: actor.displayName, role })}
        >
          <UserOutlined /> {actor.displayName}
          <span className="header-role">{role}</span>
        </Typography.Text>
      )}
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
