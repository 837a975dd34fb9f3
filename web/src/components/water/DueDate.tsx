import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A due date with its rule, and a late tag once it has passed. */
export function DueDate({
  dueOn,
  late,
  rule,
  testId,
}: {
  dueOn: string;
  late: boolean;
  rule: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId}>
      <Typography.Text>{t('water.common.dueOn', { date: dueOn })}</Typography.Text>{' '}
      <Typography.Text type="secondary">（{rule}）</Typography.Text>{' '}
      {late && (
        <Tag color="red" data-testid="late-tag">
          {t('water.common.late')}
        </Tag>
      )}
    </span>
  );
}
