import { DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import {
  materialUrl,
  reviewApi,
  type ApplicationDetail,
  type BatchSummary,
  type FormValue,
} from './api.ts';
import { dateTime, local, ReasonModal, StateTag } from './common.tsx';
import { useLoad } from './useLoad.ts';

const FORM_FIELDS = [
  'uscc',
  'name',
  'county',
  'registeredCapital',
  'paidInCapital',
  'legalRepresentative',
  'registeredOn',
  'registeredAddress',
  'businessAddress',
  'contactName',
  'contactPhone',
  'contactMobile',
  'contactEmail',
  'hqType',
  'industryCode',
  'mainBusiness',
  'registrationType',
  'shareholderType',
  'listingVenue',
  'listingVenueOther',
  'top500LastYear',
  'outsideWenzhouCount',
  'ownsOfficeProperty',
] as const;

const FIGURES = [
  'revenue_2y',
  'contribution_2y',
  'rd_2y',
  'pension_payers',
  'tax_filers',
  'top500',
  'listings_3y',
] as const;

/** Fields whose values are codes of a list, shown by their label. */
const CHOICES: Partial<Record<string, keyof Choices>> = {
  hqType: 'hqType',
  registrationType: 'registrationType',
  shareholderType: 'shareholderType',
  listingVenue: 'listingVenue',
  top500LastYear: 'top500',
  top500: 'top500',
};

function useShow() {
  const { t, i18n } = useTranslation();
  const choices = i18n.getResource(i18n.language, 'translation', 'review.choices') as
    Choices | undefined;
  return (value: FormValue | undefined, field?: string) => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('review.common.yes') : t('review.common.no');
    const list = field ? CHOICES[field] : undefined;
    const label = (code: string) => (list && choices?.[list][code]) ?? code;
    if (Array.isArray(value)) {
      return value.length ? value.map(label).join('、') : t('review.common.none');
    }
    return label(String(value));
  };
}

type Choices = Record<
  'hqType' | 'registrationType' | 'shareholderType' | 'listingVenue' | 'top500' | 'kind',
  Record<string, string>
>;

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** The form, figures and materials of one application, read-only. */
export function ApplicationContent({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const show = useShow();
  const materials = detail.materials.filter((m) => !m.removedAt);
  return (
    <Flex vertical gap="middle">
      <Descriptions
        title={t('review.county.formSection')}
        bordered
        size="small"
        column={2}
        items={FORM_FIELDS.filter(
          // 17's other exchange is asked only of an enterprise listed elsewhere.
          (key) => key !== 'listingVenueOther' || detail.form.listingVenue === 'other',
        ).map((key) => ({
          key,
          label: t(`review.form.${key}`),
          children: show(detail.form[key], key),
        }))}
      />
      <Descriptions
        title={t('review.county.figuresSection')}
        bordered
        size="small"
        column={1}
        items={FIGURES.map((key) => ({
          key,
          label: t(`review.form.${key}`),
          children: show(detail.form.figures[key], key),
        }))}
      />
      <div>
        <Typography.Title level={5}>{t('review.county.subsidiariesSection')}</Typography.Title>
        <Table
          size="small"
          rowKey="uscc"
          pagination={false}
          dataSource={detail.subsidiaries}
          locale={{ emptyText: t('review.common.none') }}
          columns={[
            {
              key: 'kind',
              title: t('review.form.subKind'),
              render: (_, unit) => t(`review.choices.kind.${unit.kind as 'branch' | 'subsidiary'}`),
            },
            { key: 'name', dataIndex: 'name', title: t('review.form.subName') },
            { key: 'uscc', dataIndex: 'uscc', title: t('review.form.subUscc') },
            {
              key: 'share',
              title: t('review.form.holdingSharePercent'),
              // A branch is the enterprise itself: no share. A share as written, "60 %".
              render: (_, unit) =>
                unit.kind === 'branch' || !unit.holdingSharePercent
                  ? '—'
                  : `${unit.holdingSharePercent.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')} %`,
            },
          ]}
        />
      </div>
      <div data-testid="materials">
        <Typography.Title level={5}>{t('review.county.materialsSection')}</Typography.Title>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={materials}
          locale={{ emptyText: t('review.county.noMaterials') }}
          columns={[
            { key: 'fileName', dataIndex: 'fileName', title: t('review.form.subName') },
            {
              key: 'size',
              title: t('review.county.fileSize'),
              render: (_, m) => size(m.sizeBytes),
            },
            {
              key: 'uploadedAt',
              title: t('review.county.uploadedAt'),
              render: (_, m) => dateTime(m.uploadedAt),
            },
            {
              key: 'download',
              title: t('review.common.actions'),
              render: (_, m) => (
                <a href={materialUrl(m.id)} download={m.fileName}>
                  <DownloadOutlined /> {t('review.county.download')}
                </a>
              ),
            },
          ]}
        />
      </div>
    </Flex>
  );
}

type Dialog = 'return' | 'reject' | null;

/**
 * An application in a side panel, with the county's decisions when the server offers them: the
 * application awaits pre-review and the batch is in its pre-review stage. Read only for those who
 * decide nothing on it (a verifying department reading the form and materials).
 */
export function ApplicationDrawer(props: {
  applicationId: string | null;
  readOnly?: boolean;
  /** The batch it belongs to, to say why no decision is offered. */
  batch?: BatchSummary;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = props.applicationId;
  const detail = useLoad(
    (signal) => (id ? reviewApi.application(id, signal) : Promise.resolve(undefined)),
    [id],
  );
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const app = detail.data && detail.data.id === id ? detail.data : undefined;
  const canDecide = app?.actions.includes('county_pass') ?? false;

  const decide = async (decision: 'pass' | 'return' | 'reject', reason?: string) => {
    if (!app) return;
    const after = await reviewApi.countyReview(app.id, decision, reason);
    void message.success(
      t('review.county.done', { name: app.name, state: local(after.stateLabel) }),
    );
    props.onDecided();
    props.onClose();
  };

  const pass = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await decide('pass');
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={id !== null}
      onClose={props.onClose}
      size={Math.min(920, window.innerWidth)}
      title={
        app ? t('review.county.detailTitleOf', { name: app.name }) : t('review.county.detailTitle')
      }
      destroyOnHidden
      extra={app && <StateTag state={app.state} label={app.stateLabel} />}
      footer={
        app &&
        !props.readOnly &&
        (canDecide ? (
          <Space wrap data-testid="county-decisions">
            <Popconfirm
              title={t('review.county.passConfirm')}
              okText={t('review.county.pass')}
              cancelText={t('review.common.cancel')}
              onConfirm={() => void pass()}
            >
              <Button type="primary" loading={busy}>
                {t('review.county.pass')}
              </Button>
            </Popconfirm>
            <Button onClick={() => setDialog('return')}>{t('review.county.return')}</Button>
            <Button danger onClick={() => setDialog('reject')}>
              {t('review.county.reject')}
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary" data-testid="no-county-decision">
            {app.state === 'submitted' && props.batch && props.batch.state !== 'review'
              ? t(
                  props.batch.state === 'open'
                    ? 'review.county.stillOpen'
                    : 'review.county.notInPreReview',
                  { state: local(props.batch.stateLabel), closesOn: props.batch.closesOn },
                )
              : t('review.county.noDecision', { state: local(app.stateLabel) })}
          </Typography.Text>
        ))
      }
    >
      <ApiErrorAlert error={detail.error ?? error} />
      {app ? <ApplicationContent detail={app} /> : detail.loading ? <Spin /> : <Empty />}
      {app && (
        <ReasonModal
          open={dialog !== null}
          title={t(
            dialog === 'reject' ? 'review.county.rejectTitle' : 'review.county.returnTitle',
            {
              name: app.name,
            },
          )}
          intro={
            dialog === 'reject' ? (
              <Typography.Paragraph type="danger">
                {t('review.county.rejectIntro')}
              </Typography.Paragraph>
            ) : undefined
          }
          label={t(dialog === 'reject' ? 'review.county.rejectLabel' : 'review.county.returnLabel')}
          okText={t(dialog === 'reject' ? 'review.county.reject' : 'review.county.return')}
          danger={dialog === 'reject'}
          onSubmit={(reason) => decide(dialog === 'reject' ? 'reject' : 'return', reason)}
          onClose={() => setDialog(null)}
        />
      )}
    </Drawer>
  );
}
