import { Alert, App as AntApp, Button, Card, DatePicker, Flex, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import {
  chinaToday,
  refreshProcedureDate,
  useProcedureDate,
} from '../../lib/use-procedure-today.ts';
import { useSession } from '../../session/useSession.ts';

const DATE = 'YYYY-MM-DD';

/**
 * 演示日期: on a demo server the administrator stands the procedure on a date (a window closed,
 * publicity over, a rating expired) or goes back to the system's date. The date is kept across
 * restarts; sessions and the audit log keep the system clock.
 */
export function DemoClock() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { state } = useSession();
  const demo = state.status === 'signed-in' && state.session.demo;
  const { today, set } = useProcedureDate();
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const send = async (date: string | null) => {
    setBusy(true);
    setError(undefined);
    try {
      const clock = await api.post<{ today: string; set: boolean }>('/api/demo/clock', {
        today: date,
      });
      await refreshProcedureDate();
      setPicked(null);
      void message.success(
        clock.set
          ? t('calendar.clock.setDone', { today: clock.today })
          : t('calendar.clock.resetDone', { today: clock.today }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('calendar.clock.title')} data-testid="demo-clock">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('calendar.clock.intro')}
        </Typography.Paragraph>
        {!demo ? (
          <Alert type="info" showIcon title={t('calendar.clock.notDemo')} />
        ) : (
          <>
            <Flex gap="small" align="center" wrap>
              <Typography.Text>{t('calendar.clock.current')}</Typography.Text>
              <Typography.Text strong data-testid="demo-clock-today">
                {today}
              </Typography.Text>
              <Tag color={set ? 'orange' : 'default'} data-testid="demo-clock-state">
                {set ? t('calendar.clock.moved') : t('calendar.clock.system')}
              </Tag>
            </Flex>
            <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
            <Flex gap="small" align="center" wrap>
              <label htmlFor="demo-clock-date">{t('calendar.clock.date')}</label>
              <DatePicker
                id="demo-clock-date"
                format={DATE}
                value={picked}
                onChange={setPicked}
                data-testid="demo-clock-date"
              />
              <Button
                type="primary"
                disabled={!picked}
                loading={busy}
                onClick={() => picked && void send(picked.format(DATE))}
                data-testid="demo-clock-set"
              >
                {t('calendar.clock.set')}
              </Button>
              <Button
                disabled={!set}
                loading={busy}
                onClick={() => void send(null)}
                data-testid="demo-clock-reset"
              >
                {t('calendar.clock.reset')}
              </Button>
            </Flex>
            <Typography.Text type="secondary">
              {t('calendar.clock.systemToday', { today: chinaToday() })}
            </Typography.Text>
          </>
        )}
      </Flex>
    </Card>
  );
}
