import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/accounts.ts';
import { chinaDateTime } from '../../lib/format-time.ts';

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
    const until = chinaDateTime(account.lockedUntil);
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
