import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { hqApi, type BenefitKind, type Claim } from '../../components/apply/hq-api.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { BENEFIT_ORDER, hasAmount } from './benefit-rules.ts';

interface ClaimValues {
  kind: BenefitKind;
  amountYuan?: string;
  note?: string;
}

/**
 * Claiming one benefit of the rating in effect (R15). The server decides (stars, own office,
 * rent or purchase, never twice) and its refusal is shown here as it gave it, in the dialog.
 */
export function BenefitClaimDialog(props: {
  applicationId: string;
  /** The benefit chosen on the table; null when closed. */
  kind: BenefitKind | null;
  onClose: () => void;
  onClaimed: (claim: Claim) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClaimValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const kind = Form.useWatch('kind', form) ?? props.kind;

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const claim = await hqApi.claimBenefit(props.applicationId, {
        kind: values.kind,
        ...(hasAmount(values.kind) && values.amountYuan?.trim()
          ? { amountYuan: values.amountYuan.trim() }
          : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      });
      props.onClaimed(claim);
    } catch (cause) {
      setError(applyApiError(form, cause));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setError(undefined);
    props.onClose();
  };

  return (
    <Modal
      open={props.kind !== null}
      title={t('apply.final.claimTitle')}
      okText={t('apply.final.claimSubmit')}
      cancelText={t('apply.common.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => void submit().catch(() => {})}
      onCancel={close}
      destroyOnHidden
    >
      <div data-testid="claim-dialog">
        <ApiErrorAlert error={error} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ kind: props.kind ?? undefined }}
          style={{ marginTop: error ? 16 : 0 }}
        >
          <Form.Item name="kind" label={t('apply.final.benefit')} rules={[{ required: true }]}>
            <Select
              options={BENEFIT_ORDER.map((k) => ({ value: k, label: t(`apply.final.kinds.${k}`) }))}
            />
          </Form.Item>
          {kind && hasAmount(kind) && (
            <Form.Item
              name="amountYuan"
              label={t('apply.final.amount')}
              extra={t('apply.final.amountHelp')}
              rules={[
                { required: true, whitespace: true, message: t('apply.final.amountRequired') },
                { pattern: /^\s*\d+(\.\d{1,2})?\s*$/, message: t('apply.final.amountFormat') },
              ]}
            >
              <Input inputMode="decimal" suffix={t('apply.final.yuan')} maxLength={16} />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('apply.final.claimNote')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('apply.final.note')}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
