import { Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hqApi, type PublishedList } from '../../components/apply/hq-api.ts';
import { useLoad } from '../../components/apply/use-load.ts';
import { ObjectionForm } from './ObjectionForm.tsx';
import { ObjectionLookup } from './ObjectionLookup.tsx';
import { PublishedLists } from './PublishedLists.tsx';
import { useProcedureToday } from '../../lib/use-procedure-today.ts';
import { objectionsOpen } from '../../shared.ts';

/** `/public`, no sign-in: the published lists and, during publicity, the objection form. */
export function PublicPage() {
  const { t } = useTranslation();
  const today = useProcedureToday();
  const batches = useLoad(() => hqApi.publicBatches(), []);
  const [list, setList] = useState<PublishedList>();
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('apply.public.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('apply.public.intro')}
          {objectionsOpen(list, today) && (
            <>
              {' '}
              <a href="#objection">{t('apply.public.toObjection')}</a>
            </>
          )}
        </Typography.Paragraph>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <PublishedLists
            batches={batches.data ?? []}
            loading={batches.loading}
            error={batches.error}
            onList={setList}
          />
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap="middle">
            <ObjectionForm list={list} />
            <ObjectionLookup />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
