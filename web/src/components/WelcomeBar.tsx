import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index.ts';
import { describeScope } from '../lib/describe-scope.ts';
import { useSession } from '../session/useSession.ts';
import { pick, ROLE_LABELS } from '../shared.ts';

/** 您好，<name> · role · scope — at the top of every role's home page. */
export function WelcomeBar() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  const { actor, demo } = state.session;
  const lang = currentLanguage();
  return (
    <Flex wrap gap="small" align="baseline" className="welcome-bar" data-testid="welcome-bar">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('home.welcome', { name: actor.displayName })}
      </Typography.Title>
      <Tag color="blue">{pick(ROLE_LABELS[actor.role], lang)}</Tag>
      <Typography.Text type="secondary">{describeScope(actor, t, lang)}</Typography.Text>
      {demo && <Tag color="orange">{t('demo.tag')}</Tag>}
    </Flex>
  );
}
