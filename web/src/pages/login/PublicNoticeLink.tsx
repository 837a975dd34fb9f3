import { GlobalOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Published lists and objections need no account: say where they are. */
export function PublicNoticeLink() {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Typography.Text type="secondary">{t('login.publicHint')} </Typography.Text>
      <Link to="/public">
        <GlobalOutlined /> {t('login.publicLink')}
      </Link>
    </Card>
  );
}
