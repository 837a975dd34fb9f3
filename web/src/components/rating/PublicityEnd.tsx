import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addWorkingDays, CalendarCoverageError } from '../../../../src/engine/calendar/index.ts';
import { useLang } from './common.tsx';

/** The last day of the publicity period on the statutory calendar (D7), or the calendar's refusal. */
export function PublicityEnd({ start, days }: { start?: string; days?: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!start || !days || days < 1) return <Typography.Text type="secondary">—</Typography.Text>;
  try {
    const end = addWorkingDays(start, days);
    return (
      <Typography.Text strong data-testid="publicity-end">
        {end}
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
          {t('rating.batches.publicityEndsOnHint', { start, days, end })}
        </Typography.Text>
      </Typography.Text>
    );
  } catch (error) {
    const message =
      error instanceof CalendarCoverageError
        ? error.localized[lang]
        : error instanceof Error
          ? error.message
          : String(error);
    return (
      <Alert
        type="error"
        showIcon
        data-testid="publicity-refused"
        title={t('rating.batches.calendarRefused', { message })}
      />
    );
  }
}
