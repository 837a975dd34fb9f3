import { jurisdictionInfo, type Jurisdiction } from '../../engine/china/jurisdictions.ts';
import { syntheticUscc } from '../../engine/china/uscc.ts';
import type { Top500List } from '../../methods/hq-star-rating/parameters.ts';
import { MATERIAL_LABELS, type MaterialKind } from './materials.ts';
import type { MaterialFile } from './services/materials.ts';
import type { CreateApplicationInput } from './services/applications.ts';

/** Class codes of GB/T 4754-2017 typical of Wenzhou's industry (electrical, machinery, shoes…). */
const INDUSTRY_CODES = [
  '3821',
  '3411',
  '1951',
  '3670',
  '2929',
  '3311',
  '3360',
  '3899',
  '3982',
  '2438',
];

/**
 * A complete 附件2 form for a demo row (演示数据): the row's name, county and figures, with
 * invented registration and contact details. Integer arithmetic only.
 * @example demoForm(batchId, demoRows()[0], 0).figures?.revenue_2y // '…'
 */
export function demoForm(
  batchId: string,
  row: Record<string, string>,
  index: number,
): CreateApplicationInput {
  const county = row.county as Jurisdiction;
  const division = jurisdictionInfo(county).divisionCode ?? '330300';
  const serial = String(1_000_000 + ((index * 7_919) % 8_999_999)).slice(-7);
  const top500 = (row.top500 ?? '') === '' ? [] : (row.top500!.split(';') as Top500List[]);
  const subsidiaries =
    index % 3 === 0
      ? [
          {
            kind: 'subsidiary' as const,
            name: `${row.name!.replace(/(股份)?有限公司$/, '')}（温州）销售有限公司`,
            uscc: syntheticUscc(900_000 + index, division),
            holdingSharePercent: index % 2 === 0 ? '100' : '51',
          },
        ]
      : [];
  return {
    batchId,
    uscc: row.uscc!,
    name: row.name!,
    county,
    registeredCapital: String(1000 + ((index * 137) % 49) * 1000),
    paidInCapital: String(1000 + ((index * 137) % 49) * 800),
    legalRepresentative: '演示法人',
    registeredOn: `20${String(5 + (index % 15)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`,
    registeredAddress: `浙江省温州市${county}演示路 ${index + 1} 号`,
    businessAddress: `浙江省温州市${county}演示路 ${index + 1} 号`,
    contactName: '演示联系人',
    contactPhone: `0577-8${serial}`,
    contactMobile: `138${String(10_000_000 + index * 7).slice(-8)}`,
    contactEmail: `demo${index + 1}@example.com`,
    hqType: top500.length > 0 ? 'top500_hq' : Number(row.listings_3y) > 0 ? 'listed_hq' : 'other',
    industryCode: INDUSTRY_CODES[index % INDUSTRY_CODES.length]!,
    mainBusiness: '演示数据：主营业务为虚构',
    registrationType: index % 4 === 0 ? 'domestic_joint_stock' : 'domestic_private',
    shareholderType: 'private',
    listingVenue: Number(row.listings_3y) > 0 ? (index % 2 === 0 ? 'sse' : 'szse') : 'not_listed',
    top500LastYear: top500,
    subsidiaries,
    outsideWenzhouCount: index % 5,
    ownsOfficeProperty: index % 4 === 1,
    figures: {
      revenue_2y: row.revenue_2y!,
      contribution_2y: row.contribution_2y!,
      rd_2y: row.rd_2y === '' ? '0' : row.rd_2y!,
      pension_payers: Number(row.pension_payers),
      tax_filers: Number(row.tax_filers),
      top500,
      listings_3y: Number(row.listings_3y),
    },
  };
}

/** 附件3 items 1-5, as tiny synthetic PDFs (their first bytes are a PDF's). */
export const DEMO_MATERIALS: readonly MaterialKind[] = [
  'application_form',
  'financial_statements',
  'business_licences',
  'tax_contribution_sheet',
  'commitment_letter',
];

/**
 * A small synthetic PDF for a demo material.
 * @example demoPdf('申请表')[0] // 0x25, '%'
 */
export function demoPdf(title: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% 演示数据 ${title}\n%%EOF\n`);
}

/**
 * 附件3 items 1-5 as files to upload, each a tiny synthetic PDF named after its item.
 * @example demoMaterialFiles().map((f) => f.kind) // ['application_form', …]
 */
export function demoMaterialFiles(): MaterialFile[] {
  return DEMO_MATERIALS.map((kind) => ({
    kind,
    fileName: `${MATERIAL_LABELS[kind].zh.replace(/^\d\. /, '')}.pdf`,
    contentType: 'application/pdf',
    content: demoPdf(MATERIAL_LABELS[kind].zh),
  }));
}
