import type { Rule } from 'antd/es/form';
import { Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import {
  checkUscc,
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  JURISDICTIONS,
  OFFICE_LABELS,
  OFFICES_OF_ROLE,
  pick,
  type Role,
} from '../../shared.ts';
import { scopeFieldsOf } from './role-scope.ts';

/** The USCC checked as it is typed (GB 32100-2015), with the check's own message. */
const usccRule: Rule = {
  validator: (_, value: unknown) => {
    if (typeof value !== 'string' || value === '') return Promise.resolve();
    const result = checkUscc(value);
    return result.ok
      ? Promise.resolve()
      : Promise.reject(new Error(pick(result.message, currentLanguage())));
  },
};

/** Only the scope fields `role` needs: jurisdiction, department, office, township or USCC. */
export function ScopeFields({ role }: { role: Role | undefined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const fields = scopeFieldsOf(role);
  if (!role) return null;
  if (fields.length === 0) {
    const scope = role === 'admin' ? t('admin.form.scopeSystem') : t('admin.form.scopeCity');
    return (
      <Typography.Paragraph type="secondary" data-testid="account-no-scope">
        {t('admin.form.noScope', { scope })}
      </Typography.Paragraph>
    );
  }
  const required = (message: string): Rule[] => [{ required: true, whitespace: true, message }];
  return (
    <>
      {fields.includes('jurisdiction') && (
        <Form.Item
          name="jurisdiction"
          label={t('admin.form.jurisdiction')}
          rules={required(t('admin.form.jurisdictionRequired'))}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('admin.form.jurisdictionPlaceholder')}
            options={JURISDICTIONS.map((j) => ({
              value: j.name,
              label: lang === 'en' ? `${j.en} (${j.name})` : j.name,
            }))}
            data-testid="account-jurisdiction"
          />
        </Form.Item>
      )}
      {fields.includes('township') && (
        <Form.Item
          name="township"
          label={t('admin.form.township')}
          rules={required(t('admin.form.townshipRequired'))}
        >
          <Input
            maxLength={50}
            placeholder={t('admin.form.townshipPlaceholder')}
            data-testid="account-township"
          />
        </Form.Item>
      )}
      {fields.includes('department') && (
        <Form.Item
          name="department"
          label={t('admin.form.department')}
          rules={required(t('admin.form.departmentRequired'))}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={DEPARTMENTS.map((d) => ({
              value: d,
              label: pick(DEPARTMENT_LABELS[d], lang),
            }))}
            data-testid="account-department"
          />
        </Form.Item>
      )}
      {fields.includes('office') && (
        <Form.Item
          name="office"
          label={t('admin.form.office')}
          rules={required(t('admin.form.officeRequired'))}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(OFFICES_OF_ROLE[role] ?? []).map((o) => ({
              value: o,
              label: pick(OFFICE_LABELS[o], lang),
            }))}
            data-testid="account-office"
          />
        </Form.Item>
      )}
      {fields.includes('enterpriseUscc') && (
        <Form.Item
          name="enterpriseUscc"
          label={t('admin.form.enterpriseUscc')}
          rules={[...required(t('admin.form.enterpriseUsccRequired')), usccRule]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="account-uscc" />
        </Form.Item>
      )}
    </>
  );
}
