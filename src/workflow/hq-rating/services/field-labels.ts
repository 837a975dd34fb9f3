import type { Localized } from '../../../engine/localized.ts';

/** The name of every input field, as the forms show it (附件2 numbers where there is one). */
export const FIELD_LABELS: Record<string, Localized> = {
  batchId: { zh: '批次编号', en: 'batch id' },
  applicationId: { zh: '申报编号', en: 'application id' },
  itemId: { zh: '核实事项编号', en: 'item id' },
  itemIds: { zh: '核实事项编号', en: 'item ids' },
  materialId: { zh: '材料编号', en: 'material id' },
  runId: { zh: '评定计算编号', en: 'run id' },
  fromRunId: { zh: '对比的原计算编号', en: 'earlier run id' },
  toRunId: { zh: '对比的新计算编号', en: 'later run id' },
  objectionId: { zh: '异议编号', en: 'objection id' },
  requestId: { zh: '复评申请编号', en: 're-review request id' },
  year: { zh: '批次年度', en: 'batch year' },
  title: { zh: '批次名称', en: 'title' },
  announcementText: { zh: '申报通知正文', en: 'announcement' },
  announcementOn: { zh: '通知发布日期', en: 'announcement date' },
  opensOn: { zh: '申报开始日期', en: 'opening date' },
  closesOn: { zh: '申报截止日期', en: 'closing date' },
  ratingDate: { zh: '评定基准日', en: 'rating date' },
  publicityStartsOn: { zh: '公示开始日期（拟）', en: 'planned publicity start' },
  publicityWorkingDays: { zh: '公示期（工作日）', en: 'publicity period (working days)' },
  settings: { zh: '评定设置', en: 'settings' },
  noSpread: { zh: 'D2 指标无差异时的得分', en: 'D2 score without spread' },
  displayPlaces: { zh: 'D3 显示小数位数', en: 'D3 places shown' },
  exportPlaces: { zh: 'D3 导出小数位数', en: 'D3 places exported' },
  synthetic: { zh: '演示数据标记', en: 'synthetic flag' },
  uscc: { zh: '1 统一社会信用代码', en: '1 unified social credit code' },
  name: { zh: '2 总部企业名称', en: '2 enterprise name' },
  county: { zh: '注册地县（市、区）', en: 'jurisdiction of registration' },
  registeredCapital: { zh: '3 注册资本（万元）', en: '3 registered capital (万元)' },
  paidInCapital: { zh: '4 实缴资本（万元）', en: '4 paid-in capital (万元)' },
  legalRepresentative: { zh: '5 法定代表人', en: '5 legal representative' },
  registeredOn: { zh: '6 注册（迁入）时间', en: '6 registration (move-in) date' },
  registeredAddress: { zh: '7 企业注册地址', en: '7 registered address' },
  businessAddress: { zh: '8 企业实际经营地址', en: '8 business address' },
  contactName: { zh: '9 联系人姓名', en: '9 contact name' },
  contactPhone: { zh: '10 办公室电话', en: '10 office phone' },
  contactMobile: { zh: '10 联系人手机', en: '10 contact mobile' },
  contactEmail: { zh: '11 联系人电子邮箱', en: '11 contact e-mail' },
  hqType: { zh: '12 总部企业类型', en: '12 HQ type' },
  industryCode: { zh: '13 行业代码', en: '13 industry class code' },
  mainBusiness: { zh: '14 主营业务', en: '14 main business' },
  registrationType: { zh: '15 登记注册类型', en: '15 registration type' },
  shareholderType: { zh: '16 企业控股情况', en: '16 controlling shareholder' },
  listingVenue: { zh: '17 企业总部上市情况', en: '17 listing of the HQ' },
  listingVenueOther: { zh: '17 其他交易所名称', en: '17 name of the other exchange' },
  top500LastYear: { zh: '18 上年度500强榜单', en: '18 top-500 lists last year' },
  subsidiaries: { zh: '19 在温分公司、控股子公司', en: '19 Wenzhou branches and subsidiaries' },
  kind: { zh: '类别', en: 'kind' },
  holdingSharePercent: { zh: '控股比例（%）', en: 'holding share (%)' },
  outsideWenzhouCount: { zh: '20 市外分公司、控股子公司数量', en: '20 units outside Wenzhou' },
  ownsOfficeProperty: {
    zh: '21 在温是否拥有自有产权办公用房',
    en: '21 owns office property in Wenzhou',
  },
  figures: { zh: '评定数据', en: 'rating figures' },
  revenue_2y: { zh: '近两年在温营业收入合计（亿元）', en: 'revenue, last two years (亿元)' },
  contribution_2y: {
    zh: '近两年地方综合贡献合计（亿元）',
    en: 'local contribution, last two years (亿元)',
  },
  rd_2y: { zh: '近两年可加计扣除研发费用合计（万元）', en: 'R&D, last two years (万元)' },
  pension_payers: { zh: '上年度在温职工养老保险缴费人数', en: 'pension payers last year' },
  tax_filers: { zh: '上年度在温个税申报人数', en: 'income-tax filers last year' },
  top500: { zh: '三年内500强榜单', en: 'top-500 lists within three years' },
  listings_3y: { zh: '三年内上市数量', en: 'listings within three years' },
  fileName: { zh: '文件名', en: 'file name' },
  contentType: { zh: '文件类型', en: 'file type' },
  content: { zh: '文件内容', en: 'file content' },
  reason: { zh: '理由', en: 'reason' },
  note: { zh: '说明', en: 'note' },
  value: { zh: '核实后的数值', en: 'verified value' },
  letterNumber: { zh: '上报文号', en: 'letter number' },
  letterDate: { zh: '上报日期', en: 'letter date' },
  startsOn: { zh: '公示开始日期', en: 'publicity start date' },
  outcome: { zh: '处理结果', en: 'outcome' },
  corrections: { zh: '数据更正', en: 'corrections' },
  key: { zh: '核实事项', en: 'item' },
  newStars: { zh: '复评后星级', en: 'stars after re-review' },
  amountYuan: { zh: '金额（元）', en: 'amount (yuan)' },
  state: { zh: '状态', en: 'state' },
  department: { zh: '核实部门', en: 'department' },
  lang: { zh: '语言', en: 'language' },
};

/**
 * A field's name from its path; list entries are numbered from 1 as people count.
 * @example fieldLabel(['subsidiaries', '0', 'uscc']).zh // '19 在温分公司、控股子公司第 1 项 1 统一社会信用代码'
 */
export function fieldLabel(path: readonly string[]): Localized {
  if (path.length === 0) return { zh: '输入', en: 'input' };
  const zh: string[] = [];
  const en: string[] = [];
  for (const part of path) {
    if (/^\d+$/.test(part)) {
      zh.push(`第 ${Number(part) + 1} 项`);
      en.push(`#${Number(part) + 1}`);
    } else {
      const label = FIELD_LABELS[part] ?? { zh: part, en: part };
      zh.push(label.zh);
      en.push(label.en);
    }
  }
  return { zh: zh.join(' '), en: en.join(' ') };
}
