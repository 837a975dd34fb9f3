import { CheckCircleOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waterApi, type LedgerLine } from '../../api/water.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { Money } from './Money.tsx';

/** Ledger lines: what is due and what is paid, with a way to record a payment (finance). */
export function LedgerTable({
  lines,
  mayMarkPaid,
  onPaid,
}: {
  lines: LedgerLine[];
  mayMarkPaid: boolean;
  onPaid?: () => void;
}) {
  const { t } = useTranslation();
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
                <Tag color="green">{t('water.ledger.paid')}</Tag>
              ) : (
                <Tag color="gold">{t('water.ledger.due')}</Tag>
              ),
          },
          {
            key: 'paidOn',
            title: t('water.ledger.paidOn'),
            width: 110,
            render: (_, l) => l.paidOn ?? '—',
          },
          {
            key: 'reference',
            title: t('water.ledger.reference'),
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
                        {t('water.ledger.markPaid')}
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

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function PaidDialog({
  line,
  onClose,
  onPaid,
}: {
  line: LedgerLine;
  onClose: () => void;
  onPaid: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ paidOn: string; reference: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (values: { paidOn: string; reference: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await waterApi.markPaid(line.id, values.paidOn, values.reference.trim());
      void message.success(t('water.ledger.markedPaid'));
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
      title={t('water.ledger.markPaidTitle', {
        party: line.county ?? t('water.ledger.city'),
        kind: t(`water.ledger.kinds.${line.kind}`),
      })}
      okText={t('water.ledger.markPaid')}
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
          initialValues={{ paidOn: today(), reference: '' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="paidOn"
            label={t('water.ledger.paidOn')}
            rules={[
              {
                required: true,
                pattern: /^\d{4}-\d{2}-\d{2}$/,
                message: t('water.ledger.errDate'),
              },
            ]}
          >
            <Input type="date" data-testid="paid-on" />
          </Form.Item>
          <Form.Item
            name="reference"
            label={t('water.ledger.reference')}
            rules={[{ required: true, whitespace: true, message: t('water.ledger.errReference') }]}
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
