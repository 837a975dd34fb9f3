import './apply.css';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { JURISDICTIONS, pick } from '../../shared.ts';
import {
  HQ_TYPE_LABELS,
  HQ_TYPES,
  LISTING_VENUE_LABELS,
  LISTING_VENUES,
  REGISTRATION_TYPE_LABELS,
  REGISTRATION_TYPES,
  SHAREHOLDER_TYPE_LABELS,
  SHAREHOLDER_TYPES,
  TOP500_LISTS,
  UNIT_KINDS,
} from './domain.ts';
import type { ApplicationChanges, ApplicationDetail, Subsidiary } from './hq-api.ts';
import {
  amountRule,
  emailRule,
  industryCodeRule,
  mobileRule,
  normalizeUscc,
  phoneRule,
  usccRule,
} from './rules.ts';

/** The form's values: the 附件2 fields under the API's own names, so server issues find them. */
export type FormValues = ApplicationChanges & { subsidiaries?: Partial<Subsidiary>[] };

const TEXT_FIELDS = [
  'registeredCapital',
  'paidInCapital',
  'legalRepresentative',
  'registeredAddress',
  'businessAddress',
  'contactName',
  'contactPhone',
  'contactMobile',
  'contactEmail',
  'industryCode',
  'mainBusiness',
  'listingVenueOther',
] as const;

/**
 * The optional multi-choice lists: every box left empty means "on no list" (附件2 item 18), an
 * answer the form sends as an empty list.
 */
const CHOICE_LISTS = ['top500LastYear'] as const;
const FIGURE_CHOICE_LISTS = ['top500'] as const;

/** The application as the form starts from. */
export function initialValues(application: ApplicationDetail): FormValues {
  const { uscc: _u, name: _n, ...form } = application.form;
  return { ...form, subsidiaries: application.subsidiaries };
}

/** What the form sends: blanks as null (cleared), amounts as typed text, whole lists. */
export function changesFrom(values: FormValues): ApplicationChanges {
  const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'figures' || key === 'subsidiaries') continue;
    out[key] = value === undefined ? null : blank(typeof value === 'string' ? value.trim() : value);
  }
  for (const key of TEXT_FIELDS) if (!(key in out)) out[key] = null;
  for (const key of CHOICE_LISTS) out[key] = values[key] ?? [];
  const figures: Record<string, unknown> = Object.fromEntries(
    Object.entries(values.figures ?? {}).map(([k, v]) => [
      k,
      v === undefined ? null : blank(typeof v === 'string' ? v.trim() : v),
    ]),
  );
  for (const key of FIGURE_CHOICE_LISTS) figures[key] = values.figures?.[key] ?? [];
  const subsidiaries = (values.subsidiaries ?? [])
    .filter((s) => s && (s.name || s.uscc || s.holdingSharePercent))
    .map((s) => ({
      kind: s.kind ?? 'subsidiary',
      name: (s.name ?? '').trim(),
      uscc: normalizeUscc(s.uscc),
      holdingSharePercent: (s.holdingSharePercent ?? '').trim(),
    }));
  return { ...(out as ApplicationChanges), figures, subsidiaries };
}

function Section(props: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card size="small" title={props.title} className="apply-section" data-testid={props.testId}>
      <Row gutter={16}>{props.children}</Row>
    </Card>
  );
}

const half = { xs: 24, md: 12 } as const;
const third = { xs: 24, md: 8 } as const;
const full = { xs: 24 } as const;

/**
 * The 附件2 form grouped as on paper, and the rating figures with their units. Read-only when the
 * application is not the enterprise's to edit.
 */
export function ApplicationForm(props: {
  form: FormInstance<FormValues>;
  application: ApplicationDetail;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { form, application, editable } = props;
  // The county office that pre-reviews it is chosen before submitting, and then fixed.
  const countyEditable = editable && application.state === 'draft';
  const listingVenue = Form.useWatch('listingVenue', form);
  const amount = (unit: string) => amountRule(t('apply.form.amountInvalid', { unit }));
  const unit = (u: string) => <span className="apply-unit">{u}</span>;
  const top500Options = TOP500_LISTS.map((list) => ({
    value: list,
    label: t(`apply.top500.${list}`),
  }));
  const yesNo = [
    { value: true, label: t('apply.common.yes') },
    { value: false, label: t('apply.common.no') },
  ];

  return (
    <Form
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={initialValues(application)}
      scrollToFirstError
      data-testid="application-form"
      className="apply-form"
    >
      <Flex vertical gap="middle">
        <Section title={t('apply.form.sections.registration')} testId="section-registration">
          <Col {...full}>
            <Descriptions
              size="small"
              bordered
              column={1}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'uscc', label: t('apply.form.uscc'), children: application.uscc },
                { key: 'name', label: t('apply.form.name'), children: application.name },
                ...(countyEditable
                  ? []
                  : [
                      {
                        key: 'county',
                        label: t('apply.form.county'),
                        children: application.county,
                      },
                    ]),
              ]}
            />
          </Col>
          {countyEditable && (
            <Col {...half}>
              <Form.Item
                name="county"
                label={t('apply.form.county')}
                extra={t('apply.form.countyHelp')}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={JURISDICTIONS.map((j) => ({
                    value: j.name,
                    label: lang === 'en' ? `${j.en} (${j.name})` : j.name,
                  }))}
                  data-testid="application-county"
                />
              </Form.Item>
            </Col>
          )}
          <Col {...half}>
            <Form.Item
              name="registeredCapital"
              label={t('apply.form.registeredCapital')}
              rules={[amount('万元')]}
            >
              <Input inputMode="decimal" suffix={unit('万元')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="paidInCapital"
              label={t('apply.form.paidInCapital')}
              rules={[amount('万元')]}
            >
              <Input inputMode="decimal" suffix={unit('万元')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="legalRepresentative" label={t('apply.form.legalRepresentative')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="registeredOn"
              label={t('apply.form.registeredOn')}
              getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : undefined })}
              normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="registeredAddress" label={t('apply.form.registeredAddress')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="businessAddress"
              label={t('apply.form.businessAddress')}
              extra={t('apply.form.businessAddressHint')}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Section>

        <Section title={t('apply.form.sections.contact')}>
          <Col {...half}>
            <Form.Item name="contactName" label={t('apply.form.contactName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="contactPhone" label={t('apply.form.contactPhone')} rules={[phoneRule]}>
              <Input placeholder="0577-88888888" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="contactMobile"
              label={t('apply.form.contactMobile')}
              rules={[mobileRule]}
            >
              <Input inputMode="tel" maxLength={11} placeholder="13812345678" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="contactEmail" label={t('apply.form.contactEmail')} rules={[emailRule]}>
              <Input inputMode="email" />
            </Form.Item>
          </Col>
        </Section>

        <Section title={t('apply.form.sections.business')}>
          <Col {...half}>
            <Form.Item name="hqType" label={t('apply.form.hqType')}>
              <Radio.Group
                options={HQ_TYPES.map((v) => ({ value: v, label: pick(HQ_TYPE_LABELS[v], lang) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="industryCode"
              label={t('apply.form.industryCode')}
              extra={t('apply.form.industryCodeHint')}
              rules={[industryCodeRule]}
            >
              <Input maxLength={4} inputMode="numeric" placeholder="3911" />
            </Form.Item>
          </Col>
          <Col {...full}>
            <Form.Item name="mainBusiness" label={t('apply.form.mainBusiness')}>
              <Input.TextArea rows={2} maxLength={2000} showCount />
            </Form.Item>
          </Col>
        </Section>

        <Section title={t('apply.form.sections.ownership')}>
          <Col {...half}>
            <Form.Item name="registrationType" label={t('apply.form.registrationType')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={REGISTRATION_TYPES.map((v) => ({
                  value: v,
                  label: pick(REGISTRATION_TYPE_LABELS[v], lang),
                }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="shareholderType" label={t('apply.form.shareholderType')}>
              <Select
                allowClear
                options={SHAREHOLDER_TYPES.map((v) => ({
                  value: v,
                  label: pick(SHAREHOLDER_TYPE_LABELS[v], lang),
                }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="listingVenue" label={t('apply.form.listingVenue')}>
              <Select
                allowClear
                options={LISTING_VENUES.map((v) => ({
                  value: v,
                  label: pick(LISTING_VENUE_LABELS[v], lang),
                }))}
              />
            </Form.Item>
          </Col>
          {listingVenue === 'other' && (
            <Col {...half}>
              <Form.Item name="listingVenueOther" label={t('apply.form.listingVenueOther')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          )}
        </Section>

        <Section title={t('apply.form.sections.top500')}>
          <Col {...full}>
            <Form.Item
              name="top500LastYear"
              label={t('apply.form.top500LastYear')}
              extra={t('apply.form.top500None')}
            >
              <Checkbox.Group options={top500Options} />
            </Form.Item>
          </Col>
        </Section>

        <Section title={t('apply.form.sections.units')} testId="section-units">
          <Col {...full}>
            <Typography.Paragraph type="secondary">
              {t('apply.form.unitsIntro')}
            </Typography.Paragraph>
            <Form.List name="subsidiaries">
              {(fields, { add, remove }) => (
                <Flex vertical gap="small">
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      type="inner"
                      title={t('apply.form.unitNo', { n: index + 1 })}
                      extra={
                        editable && (
                          <Button
                            type="link"
                            danger
                            icon={<DeleteOutlined />}
                            onClick={() => remove(field.name)}
                          >
                            {t('apply.common.remove')}
                          </Button>
                        )
                      }
                    >
                      <Row gutter={16}>
                        <Col xs={24} md={6}>
                          <Form.Item name={[field.name, 'kind']} label={t('apply.form.unitKind')}>
                            <Select
                              options={UNIT_KINDS.map((k) => ({
                                value: k,
                                label: t(`apply.form.unitKinds.${k}`),
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          <Form.Item name={[field.name, 'name']} label={t('apply.form.unitName')}>
                            <Input maxLength={200} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={6}>
                          <Form.Item
                            name={[field.name, 'uscc']}
                            label={t('apply.form.unitUscc')}
                            normalize={normalizeUscc}
                            rules={[usccRule]}
                          >
                            <Input maxLength={18} spellCheck={false} autoComplete="off" />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={4}>
                          <Form.Item
                            name={[field.name, 'holdingSharePercent']}
                            label={t('apply.form.unitShare')}
                            rules={[amount('%')]}
                          >
                            <Input inputMode="decimal" suffix="%" />
                          </Form.Item>
                        </Col>
                      </Row>
                    </Card>
                  ))}
                  {editable && (
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ kind: 'subsidiary', holdingSharePercent: '100' })}
                      data-testid="add-unit"
                    >
                      {t('apply.form.addUnit')}
                    </Button>
                  )}
                </Flex>
              )}
            </Form.List>
          </Col>
          <Col {...half} style={{ marginTop: 16 }}>
            <Form.Item name="outsideWenzhouCount" label={t('apply.form.outsideWenzhouCount')}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('apply.form.unitsSuffix')}
              />
            </Form.Item>
          </Col>
        </Section>

        <Section title={t('apply.form.sections.property')}>
          <Col {...full}>
            <Form.Item
              name="ownsOfficeProperty"
              label={t('apply.form.ownsOfficeProperty')}
              extra={t('apply.form.ownsOfficePropertyHint')}
            >
              <Radio.Group options={yesNo} />
            </Form.Item>
          </Col>
        </Section>

        <Section title={t('apply.form.sections.figures')} testId="section-figures">
          <Col {...full}>
            <Typography.Paragraph type="secondary">
              {t('apply.form.figuresIntro')}
            </Typography.Paragraph>
          </Col>
          <Col {...third}>
            <Form.Item
              name={['figures', 'revenue_2y']}
              label={t('apply.form.revenue_2y')}
              rules={[amount('亿元')]}
            >
              <Input inputMode="decimal" suffix={unit('亿元')} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name={['figures', 'contribution_2y']}
              label={t('apply.form.contribution_2y')}
              rules={[amount('亿元')]}
            >
              <Input inputMode="decimal" suffix={unit('亿元')} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name={['figures', 'rd_2y']}
              label={t('apply.form.rd_2y')}
              rules={[amount('万元')]}
            >
              <Input inputMode="decimal" suffix={unit('万元')} />
            </Form.Item>
          </Col>
          {(
            [
              ['pension_payers', 'people'],
              ['tax_filers', 'people'],
              ['listings_3y', 'listingsSuffix'],
            ] as const
          ).map(([key, suffix]) => (
            <Col {...third} key={key}>
              <Form.Item name={['figures', key]} label={t(`apply.form.${key}`)}>
                <InputNumber
                  min={0}
                  precision={0}
                  style={{ width: '100%' }}
                  suffix={t(`apply.form.${suffix}`)}
                />
              </Form.Item>
            </Col>
          ))}
          <Col {...full}>
            <Form.Item
              name={['figures', 'top500']}
              label={t('apply.form.top500_3y')}
              extra={t('apply.form.top500None')}
            >
              <Checkbox.Group options={top500Options} />
            </Form.Item>
          </Col>
        </Section>
      </Flex>
    </Form>
  );
}
