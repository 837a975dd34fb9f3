import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/accounts.ts';

/** Active, disabled, or locked until a time (China time) after too many wrong passwords. */
export function AccountStateTag({ account }: { account: Account }) {
  const { t } = useTranslation();
  if (account.disabledAt) {
    return (
      <Tag color="default" data-state="disabled">
        {t('admin.state.disabled')}
      </Tag>
    );
  }
  if (account.lockedUntil) {
    const until = dayjs(account.lockedUntil).format('YYYY-MM-DD HH:mm');
    return (
      <Tag color="warning" data-state="locked">
        {t('admin.state.locked', { until })}
      </Tag>
    );
  }
  return (
    <Tag color="success" data-state="active">
      {t('admin.state.active')}
    </Tag>
  );
}
