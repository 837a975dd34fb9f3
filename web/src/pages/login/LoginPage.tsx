import { Alert, Col, Flex, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { fetchDemoAccounts } from '../../api/session.ts';
import type { DemoAccounts, Session } from '../../api/types.ts';
import { DemoBanner } from '../../components/DemoBanner.tsx';
import { roleHome } from '../../routes/role-sections.tsx';
import { useSession } from '../../session/useSession.ts';
import { DemoAccountsTable } from './DemoAccountsTable.tsx';
import { LoginForm } from './LoginForm.tsx';
import { PublicNoticeLink } from './PublicNoticeLink.tsx';

/** Sign-in: the form, and in demo mode the demo accounts with a 演示数据 banner. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [demoAccounts, setDemoAccounts] = useState<DemoAccounts | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchDemoAccounts(controller.signal).then(setDemoAccounts, () => {
      if (!controller.signal.aborted) setDemoAccounts(null); // no demo table, sign-in still works
    });
    return () => controller.abort();
  }, [i18n.language]); // the server words the notice and descriptions in the reader's language

  if (state.status === 'signed-in') {
    return <Navigate to={from ?? roleHome(state.session.actor.role)} replace />;
  }
  const onSignedIn = (session: Session) =>
    void navigate(from ?? roleHome(session.actor.role), { replace: true });
  const demo = demoAccounts !== null && demoAccounts.accounts.length > 0;

  return (
    <Flex vertical gap="middle">
      {demo && <DemoBanner />}
      {state.status === 'anonymous' && state.reason === 'expired' && (
        <Alert type="info" showIcon title={t('session.expired')} />
      )}
      <Row gutter={[16, 16]} justify="center">
        <Col xs={24} md={16} lg={demo ? 9 : 10}>
          <Flex vertical gap="middle">
            <LoginForm onSignedIn={onSignedIn} />
            <PublicNoticeLink />
          </Flex>
        </Col>
        {demo && (
          <Col xs={24} lg={15}>
            <DemoAccountsTable demo={demoAccounts} onSignedIn={onSignedIn} />
          </Col>
        )}
      </Row>
    </Flex>
  );
}
