import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ObjectionForm } from './ObjectionForm.tsx';
import { PublishedLists } from './PublishedLists.tsx';

/** `/public`, no sign-in: the published lists and the objection form. */
export function PublicPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('public.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('public.intro')}
        </Typography.Paragraph>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <PublishedLists />
        </Col>
        <Col xs={24} lg={10}>
          <ObjectionForm />
        </Col>
      </Row>
    </Flex>
  );
}
