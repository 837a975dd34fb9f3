import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarCoverageError } from '../../../../src/engine/calendar/index.ts';
import { useWorkingCalendar } from '../../lib/use-working-calendar.ts';
import { useLang } from './common.tsx';

/**
 * The last day of the publicity period on the statutory calendar (D7) with the years the
 * administrator entered, or the calendar's refusal.
 */
export function PublicityEnd({ start, days }: { start?: string; days?: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { calendar, loading } = useWorkingCalendar();
  if (!start || !days || days < 1 || loading) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  try {
    const end = calendar.addWorkingDays(start, days);
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

/**
 * From November, when next year's holiday arrangement is not yet held: the bureau is told that
 * periods reaching into it will be refused until the administrator enters it.
 */
export function MissingYearWarning() {
  const { t } = useTranslation();
  const { overview } = useWorkingCalendar();
  const year = overview?.missingNextYear;
  if (!year) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="calendar-missing-year"
      title={t('calendar.warning.title', { year })}
      description={t('calendar.warning.body', { year })}
    />
  );
}
