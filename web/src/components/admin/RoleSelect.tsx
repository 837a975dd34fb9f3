import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { pick, ROLE_LABELS, type Role } from '../../shared.ts';
import { ROLE_GROUPS } from './role-scope.ts';

/** A role, chosen from roles grouped by method (88号, 28号, 90号, system). */
export function RoleSelect(props: Omit<SelectProps<Role>, 'options'>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Select<Role>
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      options={ROLE_GROUPS.map(({ group, roles }) => ({
        label: t(`admin.group.${group}`),
        title: t(`admin.group.${group}`),
        options: roles.map((role) => ({ value: role, label: pick(ROLE_LABELS[role], lang) })),
      }))}
    />
  );
}
