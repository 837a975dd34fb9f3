import { Button, DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProcedureToday } from '../lib/use-procedure-today.ts';

/**
 * A date picker whose "today" is the procedure's date (China time, or a demo server's moved
 * date), not the browser's: the panel's 今天 button would otherwise fill in the wrong day.
 */
export function ProcedureDatePicker(props: DatePickerProps) {
  const { t } = useTranslation();
  const today = useProcedureToday();
  const { onChange } = props;
  return (
    <DatePicker
      {...props}
      showNow={false}
      renderExtraFooter={() => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            const day = dayjs(today);
            onChange?.(day, today);
          }}
          data-testid="procedure-today"
        >
          {t('app.procedureToday', { date: today })}
        </Button>
      )}
    />
  );
}
