import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProcedureDate } from '../lib/use-procedure-today.ts';

/**
 * The 演示数据 warning: nothing on a demo server is real. When the demo's date has been moved
 * (`/api/demo/clock`), it says so, since every period of the procedure counts from that date.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const today = useDemoDate();
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={<strong>{t('demo.bannerTitle')}</strong>}
      description={
        <>
          {t('demo.banner')}
          {today && <div data-testid="demo-date">{t('demo.clock', { today })}</div>}
        </>
      }
      data-testid="demo-banner"
    />
  );
}

/** The demo's date when it has been set, else null (also when the server has no demo clock). */
function useDemoDate(): string | null {
  const { today, set } = useProcedureDate();
  return set ? today : null;
}
