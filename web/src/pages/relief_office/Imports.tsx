import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_PATHS, type CostImportResult, type FamilyImportResult } from '../../api/relief.ts';
import { OfficeOnly, useReliefYear, YearSelect } from '../../components/relief/common.tsx';
import { SheetImport } from '../../components/relief/SheetImport.tsx';
import { COST_SHEET, FAMILY_SHEET } from '../../shared.ts';

/** 表格导入: families with their members, and a year's costs by layer (medical insurance). */
export function Imports() {
  return (
    <OfficeOnly offices={['medical_insurance']}>
      <ImportCards />
    </OfficeOnly>
  );
}

function ImportCards() {
  const { t } = useTranslation();
  const [year, setYear] = useReliefYear();
  return (
    <Flex vertical gap="middle">
      <Card title={t('relief.import.familiesTitle')}>
        <Typography.Paragraph type="secondary">
          {t('relief.import.familiesIntro')}
        </Typography.Paragraph>
        <SheetImport<FamilyImportResult>
          id="families"
          path={IMPORT_PATHS.families()}
          columns={FAMILY_SHEET}
          done={(r) =>
            t('relief.import.familiesDone', { families: r.families, members: r.members })
          }
        />
      </Card>
      <Card
        title={t('relief.import.costsTitle')}
        extra={<YearSelect year={year} onChange={setYear} />}
      >
        <Typography.Paragraph type="secondary">
          {t('relief.import.costsIntro')}
        </Typography.Paragraph>
        <SheetImport<CostImportResult>
          key={year}
          id="costs"
          path={IMPORT_PATHS.costs(year)}
          columns={COST_SHEET}
          done={(r) => t('relief.import.costsDone', { year: r.year, families: r.families })}
        />
      </Card>
    </Flex>
  );
}
