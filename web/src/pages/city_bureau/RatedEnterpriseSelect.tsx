import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RatedEnterprise } from './after-final-records.ts';

/** A searchable choice of the enterprises whose rating is in effect, by name or credit code. */
export function RatedEnterpriseSelect({
  id,
  enterprises,
  loading,
  value,
  onChange,
  testId,
}: {
  /** Set by the form item, so that its label names the field. */
  id?: string;
  enterprises: readonly RatedEnterprise[];
  loading: boolean;
  value?: string;
  onChange?: (value: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={loading}
      data-testid={testId}
      placeholder={t('afterFinal.common.pickEnterprise')}
      showSearch={{
        filterOption: (input, option) =>
          String(option?.label ?? '')
            .toUpperCase()
            .includes(input.trim().toUpperCase()),
      }}
      options={enterprises.map((e) => ({
        value: e.id,
        label: `${e.name}（${e.county}，${t('afterFinal.common.starsText', { n: e.stars ?? 0 })}，${e.uscc}）`,
      }))}
    />
  );
}
