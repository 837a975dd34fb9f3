import { CheckCircleOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waterApi, type LedgerLine } from '../../api/water.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { Money } from './Money.tsx';

/**
 * Which way a line's money goes: `in` for what the fund receives (contributions, the city's share:
 * receipts, 收款), `out` for what it pays (transfers to receivers: 拨付, 支付日期, 凭证号).
 */
export type LedgerDirection = 'in' | 'out';

/** The direction of a line's money. */
export function directionOf(line: LedgerLine): LedgerDirection {
  return line.kind === 'transfer' ? 'out' : 'in';
}

/**
 * Ledger lines of one direction: what is due and what is paid, worded as receipts (`in`) or as
 * payments (`out`), with a way to record one (finance).
 */
export function LedgerTable({
  lines,
  direction,
  mayMarkPaid,
  onPaid,
}: {
  lines: LedgerLine[];
  direction: LedgerDirection;
  mayMarkPaid: boolean;
  onPaid?: () => void;
}) {
  const { t } = useTranslation();
  const words = `water.ledger.${direction}` as const;
  const [paying, setPaying] = useState<LedgerLine>();
  return (
    <>
      <Table<LedgerLine>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={lines}
        data-testid="ledger-table"
        scroll={{ x: 820 }}
        columns={[
          {
            key: 'kind',
            title: t('water.ledger.kind'),
            width: 110,
            render: (_, l) => t(`water.ledger.kinds.${l.kind}`),
          },
          {
            key: 'county',
            title: t('water.ledger.party'),
            width: 120,
            render: (_, l) => l.county ?? t('water.ledger.city'),
          },
          {
            key: 'amount',
            title: t('water.ledger.amount'),
            width: 170,
            align: 'right',
            render: (_, l) => <Money value={l.amount} />,
          },
          {
            key: 'state',
            title: t('water.ledger.state'),
            width: 90,
            render: (_, l) =>
              l.state === 'paid' ? (
                <Tag color="green">{t(`${words}.paid`)}</Tag>
              ) : (
                <Tag color="gold">{t(`${words}.due`)}</Tag>
              ),
          },
          {
            key: 'paidOn',
            title: t(`${words}.paidOn`),
            width: 110,
            render: (_, l) => l.paidOn ?? '—',
          },
          {
            key: 'reference',
            title: t(`${words}.reference`),
            render: (_, l) => l.reference ?? '—',
          },
          ...(mayMarkPaid
            ? [
                {
                  key: 'action',
                  title: t('water.ledger.action'),
                  width: 110,
                  render: (_: unknown, l: LedgerLine) =>
                    l.state === 'due' ? (
                      <Button
                        size="small"
                        icon={<CheckCircleOutlined />}
                        onClick={() => setPaying(l)}
                        data-testid={`mark-paid-${l.kind}-${l.county ?? 'city'}`}
                      >
                        {t(`${words}.markPaid`)}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {paying && (
        <PaidDialog
          line={paying}
          direction={direction}
          onClose={() => setPaying(undefined)}
          onPaid={() => {
            setPaying(undefined);
            onPaid?.();
          }}
        />
      )}
    </>
  );
}

function PaidDialog({
  line,
  direction,
  onClose,
  onPaid,
}: {
  line: LedgerLine;
  direction: LedgerDirection;
  onClose: () => void;
  onPaid: () => void;
}) {
  const { t } = useTranslation();
  // The procedure's date (a demo server's may be moved), not the browser's.
  const today = useProcedureToday();
  const words = `water.ledger.${direction}` as const;
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ paidOn: string; reference: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (values: { paidOn: string; reference: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await waterApi.markPaid(line.id, values.paidOn, values.reference.trim());
      void message.success(t(`${words}.markedPaid`));
      onPaid();
    } catch (cause) {
      setError(applyApiError(form, cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t(`${words}.markPaidTitle`, {
        party: line.county ?? t('water.ledger.city'),
        kind: t(`water.ledger.kinds.${line.kind}`),
      })}
      okText={t(`${words}.markPaid`)}
      cancelText={t('water.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'paid-confirm' }}
      destroyOnHidden
    >
      <Flex vertical gap="small">
        <Money value={line.amount} inline />
        <ApiErrorAlert error={error} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ paidOn: today, reference: '' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="paidOn"
            label={t(`${words}.paidOn`)}
            rules={[
              {
                required: true,
                pattern: /^\d{4}-\d{2}-\d{2}$/,
                message: t(`${words}.errDate`),
              },
            ]}
          >
            <Input type="date" max={today} data-testid="paid-on" />
          </Form.Item>
          <Form.Item
            name="reference"
            label={t(`${words}.reference`)}
            rules={[{ required: true, whitespace: true, message: t(`${words}.errReference`) }]}
          >
            <Input
              maxLength={200}
              placeholder={t('water.ledger.referenceHint')}
              data-testid="paid-reference"
            />
          </Form.Item>
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </Form>
      </Flex>
    </Modal>
  );
}
