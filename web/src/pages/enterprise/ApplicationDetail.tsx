import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Popconfirm,
  Row,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import {
  ApplicationForm,
  changesFrom,
  type FormValues,
} from '../../components/apply/ApplicationForm.tsx';
import {
  ApplicationProgress,
  ApplicationTimeline,
} from '../../components/apply/ApplicationTimeline.tsx';
import { MaterialsPanel } from '../../components/apply/MaterialsPanel.tsx';
import { hqApi } from '../../components/apply/hq-api.ts';
import { useLoad } from '../../components/apply/use-load.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { applyApiError } from '../../lib/apply-api-error.ts';
import { pick } from '../../shared.ts';
import { FinalResult } from './FinalResult.tsx';
import { stateColor } from './MyApplications.tsx';

/** One application: where it stands, what reviewers said, the form, the materials, the steps. */
export function ApplicationDetailPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'save' | 'submit'>();
  const {
    data,
    error: loadError,
    loading,
    reload,
  } = useLoad(
    () => Promise.all([hqApi.application(applicationId), hqApi.timeline(applicationId)]),
    [applicationId],
  );
  if (loading && !data) return <Skeleton active />;
  if (!data) {
    return (
      <Flex vertical gap="middle">
        <BackLink />
        <ApiErrorAlert error={loadError} />
      </Flex>
    );
  }
  const [application, timeline] = data;
  const editable = application.actions.includes('edit');
  const canSubmit =
    application.actions.includes('submit') || application.actions.includes('resubmit');
  const returned = application.state === 'returned';
  const lastReturn = [...timeline].reverse().find((e) => e.action === 'county_return');
  const stopped = [...timeline]
    .reverse()
    .find((e) => e.toState === application.state && e.note && e.fromState !== e.toState);

  const save = async (): Promise<boolean> => {
    setError(undefined);
    try {
      await form.validateFields();
    } catch {
      setError(new Error(t('apply.detail.fixFields')));
      return false;
    }
    try {
      await hqApi.update(applicationId, changesFrom(form.getFieldsValue(true) as FormValues));
      return true;
    } catch (e) {
      setError(applyApiError(form, e));
      return false;
    }
  };

  const onSave = async () => {
    setBusy('save');
    const ok = await save();
    setBusy(undefined);
    if (ok) {
      void message.success(t('apply.detail.saved'));
      reload();
    }
  };

  const onSubmit = async () => {
    setBusy('submit');
    try {
      if (!(await save())) return;
      try {
        await hqApi.submit(applicationId);
      } catch (e) {
        setError(applyApiError(form, e));
        return;
      }
      void message.success(returned ? t('apply.detail.resubmitted') : t('apply.detail.submitted'));
      reload();
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Flex vertical gap="middle" data-testid="application-detail">
      <BackLink />
      <Card>
        <Flex vertical gap="middle">
          <Flex wrap gap="small" align="center" justify="space-between">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {application.name}
            </Typography.Title>
            <Tag
              color={stateColor(application.state, application.lapsed)}
              data-testid="detail-state"
            >
              {pick(application.stateLabel, lang)}
            </Tag>
          </Flex>
          <Typography.Text type="secondary">
            {t('apply.detail.meta', { uscc: application.uscc, county: application.county })}
          </Typography.Text>
          <ApplicationProgress state={application.state} lapsed={application.lapsed} />
        </Flex>
      </Card>

      {returned && (
        <Alert
          type="warning"
          showIcon
          data-testid="returned-alert"
          title={t('apply.detail.returnedTitle')}
          description={
            <>
              {lastReturn?.note && (
                <div>
                  {t('apply.detail.returnedReason', {
                    who: lastReturn.actorName,
                    reason: lastReturn.note,
                  })}
                </div>
              )}
              <div>{t('apply.detail.returnedHelp')}</div>
            </>
          }
        />
      )}
      {application.state === 'draft' && (
        <Alert type="info" showIcon title={t('apply.detail.draftHelp')} />
      )}
      {['county_rejected', 're_review_rejected', 'not_approved'].includes(application.state) && (
        <Alert
          type="error"
          showIcon
          title={t('apply.detail.stoppedTitle', { state: pick(application.stateLabel, lang) })}
          description={
            stopped?.note ? t('apply.detail.stoppedReason', { reason: stopped.note }) : undefined
          }
        />
      )}
      {application.state === 'published' && (
        <Alert
          type="info"
          showIcon
          data-testid="publicity-alert"
          title={t('apply.detail.publicityTitle')}
          description={
            <>
              {t('apply.detail.publicityHelp')}{' '}
              <Link to="/public">{t('apply.detail.publicityLink')}</Link>
            </>
          }
        />
      )}
      {(application.state === 'final' || application.state === 'revoked') && (
        <FinalResult application={application} onChange={reload} />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Flex vertical gap="middle">
            <ApiErrorAlert error={error} onClose={() => setError(undefined)} />
            <ApplicationForm form={form} application={application} editable={editable} />
            <MaterialsPanel
              applicationId={applicationId}
              materials={application.materials}
              editable={editable}
              onChange={reload}
            />
            {editable && (
              <Card className="apply-actions" data-testid="application-actions">
                <Flex wrap gap="small" justify="end">
                  <Typography.Text type="secondary" style={{ marginRight: 'auto' }}>
                    {t('apply.detail.actionsHelp')}
                  </Typography.Text>
                  <Button
                    icon={<SaveOutlined />}
                    loading={busy === 'save'}
                    disabled={busy !== undefined}
                    onClick={() => void onSave()}
                    data-testid="save-draft"
                  >
                    {t('apply.detail.save')}
                  </Button>
                  {canSubmit && (
                    <Popconfirm
                      title={
                        returned
                          ? t('apply.detail.resubmitConfirm')
                          : t('apply.detail.submitConfirm')
                      }
                      onConfirm={() => void onSubmit()}
                      okText={t('apply.common.confirm')}
                      cancelText={t('apply.common.cancel')}
                    >
                      <Button
                        type="primary"
                        icon={<SendOutlined />}
                        loading={busy === 'submit'}
                        disabled={busy !== undefined}
                        data-testid="submit-application"
                      >
                        {returned ? t('apply.detail.resubmit') : t('apply.detail.submit')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <ApplicationTimeline entries={timeline} />
        </Col>
      </Row>
    </Flex>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/enterprise/applications">
      <ArrowLeftOutlined /> {t('apply.detail.back')}
    </Link>
  );
}
