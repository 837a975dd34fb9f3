import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reliefApi, type FamilyInput, type MemberInput } from '../../api/relief.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { JURISDICTIONS } from '../../shared.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';

const NEW_MEMBER: MemberInput = {
  name: '',
  idNumber: '',
  relation: '',
  head: false,
  insured: true,
  insuranceKind: 'resident',
};

/**
 * Registers one family by hand (medical insurance): its code, place and members, exactly one of
 * them the head. The server checks the ID numbers; its problems appear under the fields they name.
 * A new family's category waits for civil affairs (M1).
 */
export function NewFamilyForm({ onCreated }: { onCreated: (familyId: string) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<FamilyInput>();

  const save = async (values: FamilyInput) => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await reliefApi.createFamily({
        ...values,
        village: values.village?.trim() || null,
        address: values.address?.trim() || null,
        phone: values.phone?.trim() || null,
        members: values.members.map((m) => ({
          ...m,
          idNumber: m.idNumber.trim().toUpperCase(),
          insuranceKind: m.insured ? (m.insuranceKind ?? null) : null,
        })),
      });
      void message.success(t('relief.newFamily.saved', { code: created.familyCode }));
      setOpen(false);
      onCreated(created.id);
    } catch (e) {
      setError(applyApiError(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-family">
        {t('relief.newFamily.open')}
      </Button>
      <Modal
        open={open}
        width={760}
        title={t('relief.newFamily.title')}
        okText={t('relief.newFamily.save')}
        cancelText={t('relief.common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('relief.newFamily.intro')}</Typography.Paragraph>
        <ApiErrorAlert error={error} />
        <Form<FamilyInput>
          form={form}
          layout="vertical"
          preserve={false}
          data-testid="new-family-form"
          initialValues={{ members: [{ ...NEW_MEMBER, head: true, relation: '户主' }] }}
          onFinish={(v) => void save(v)}
        >
          <Flex wrap gap="small">
            <Form.Item
              name="familyCode"
              label={t('relief.family.code')}
              style={{ flex: '1 1 160px' }}
              rules={[
                { required: true, whitespace: true, message: t('relief.newFamily.required') },
              ]}
            >
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item
              name="county"
              label={t('relief.common.county')}
              style={{ flex: '1 1 160px' }}
              rules={[{ required: true, message: t('relief.newFamily.required') }]}
            >
              <Select
                showSearch
                options={JURISDICTIONS.map((j) => ({ value: j.name, label: j.name }))}
              />
            </Form.Item>
            <Form.Item
              name="township"
              label={t('relief.families.township')}
              style={{ flex: '1 1 160px' }}
              rules={[
                { required: true, whitespace: true, message: t('relief.newFamily.required') },
              ]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Flex>
          <Typography.Text type="secondary">{t('relief.newFamily.contact')}</Typography.Text>
          <Flex wrap gap="small">
            <Form.Item
              name="village"
              label={t('relief.family.village')}
              style={{ flex: '1 1 140px' }}
            >
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item
              name="address"
              label={t('relief.family.address')}
              style={{ flex: '3 1 240px' }}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="phone" label={t('relief.family.phone')} style={{ flex: '1 1 160px' }}>
              <Input maxLength={30} autoComplete="off" />
            </Form.Item>
          </Flex>
          <Form.List
            name="members"
            rules={[
              {
                validator: (_, members: MemberInput[] = []) =>
                  members.filter((m) => m?.head).length === 1
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('relief.newFamily.oneHead'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap="small">
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    title={t('relief.newFamily.member', { n: index + 1 })}
                    extra={
                      fields.length > 1 && (
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('relief.newFamily.remove', { n: index + 1 })}
                          onClick={() => remove(field.name)}
                        />
                      )
                    }
                  >
                    <Flex wrap gap="small">
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('relief.family.memberName')}
                        style={{ flex: '1 1 120px' }}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            message: t('relief.newFamily.required'),
                          },
                        ]}
                      >
                        <Input maxLength={40} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'idNumber']}
                        label={t('relief.family.idNumber')}
                        style={{ flex: '2 1 200px' }}
                        rules={[
                          { required: true, message: t('relief.newFamily.required') },
                          {
                            pattern: /^\s*\d{17}[\dXx]\s*$/,
                            message: t('relief.newFamily.idShape'),
                          },
                        ]}
                      >
                        <Input maxLength={18} autoComplete="off" />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'relation']}
                        label={t('relief.family.relation')}
                        style={{ flex: '1 1 100px' }}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            message: t('relief.newFamily.required'),
                          },
                        ]}
                      >
                        <Input maxLength={20} />
                      </Form.Item>
                    </Flex>
                    <Flex wrap gap="middle" align="center">
                      <Form.Item name={[field.name, 'head']} valuePropName="checked" noStyle>
                        <Checkbox>{t('relief.family.headTag')}</Checkbox>
                      </Form.Item>
                      <Form.Item name={[field.name, 'insured']} valuePropName="checked" noStyle>
                        <Checkbox>{t('relief.family.insured')}</Checkbox>
                      </Form.Item>
                      <Form.Item name={[field.name, 'insuranceKind']} noStyle>
                        <Radio.Group
                          options={(['resident', 'employee'] as const).map((k) => ({
                            value: k,
                            label: t(`relief.family.kinds.${k}`),
                          }))}
                        />
                      </Form.Item>
                    </Flex>
                  </Card>
                ))}
                <Form.ErrorList errors={errors} />
                <div>
                  <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_MEMBER })}>
                    {t('relief.newFamily.addMember')}
                  </Button>
                </div>
              </Flex>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
