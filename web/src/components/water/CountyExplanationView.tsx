import './water.css';
import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExplanationSteps } from '../ExplanationSteps.tsx';
import type { CountyExplanation, FactorShare } from '../../api/water.ts';
import { useLang } from '../rating/common.tsx';
import { Money } from './Money.tsx';

/**
 * How one receiver's money was reached: each base factor's figure, total, share, weight and
 * amount (W5, WD1), the assessment scores and the reward place (W6, W7, WD2), then the method's
 * steps with their rules.
 */
export function CountyExplanationView({ data }: { data: CountyExplanation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { explanation } = data;
  return (
    <Flex vertical gap="middle" data-testid="county-explanation">
      {explanation.notice && <Alert type="warning" showIcon title={explanation.notice[lang]} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('water.explain.baseTitle')} <Tag color="blue">W5</Tag>
        <Tag color="blue">WD1</Tag>
      </Typography.Title>
      <Table<FactorShare>
        rowKey="factor"
        size="small"
        bordered
        pagination={false}
        dataSource={data.factors}
        data-testid="factor-table"
        scroll={{ x: 640 }}
        columns={[
          { key: 'label', title: t('water.explain.factor'), render: (_, f) => f.label[lang] },
          { key: 'figure', title: t('water.explain.figure'), dataIndex: 'figure', align: 'right' },
          {
            key: 'total',
            title: t('water.explain.factorTotal'),
            dataIndex: 'total',
            align: 'right',
          },
          { key: 'share', title: t('water.explain.share'), dataIndex: 'share', align: 'right' },
          {
            key: 'weight',
            title: t('water.explain.weight'),
            align: 'right',
            render: (_, f) => `${f.weight}%`,
          },
          {
            key: 'amount',
            title: t('water.explain.amount'),
            align: 'right',
            render: (_, f) => <Money value={f.amount} />,
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('water.explain.rewardTitle')} <Tag color="blue">W6</Tag>
        <Tag color="blue">W7</Tag>
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('water.explain.waterQuality')}>
          {data.scores.water_quality}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.explain.greenDevelopment')}>
          {data.scores.green_development}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.explain.management')}>
          {data.scores.management}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.explain.performance')}>
          {data.scores.performance}
        </Descriptions.Item>
        <Descriptions.Item label={t('water.explain.scoreTotal')}>
          <Typography.Text strong>{data.scores.total}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('water.explain.groupPlace')}>
          {t('water.allocation.groupN', { group: data.group, place: data.place })}
          {data.tiedWith.length > 0 && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('water.explain.tiedWith', { counties: data.tiedWith.join('、') })} · WD2
            </Tag>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('water.explain.steps')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('water.explain.parameters', { version: explanation.parameters })}
      </Typography.Text>
      <ExplanationSteps steps={explanation.steps} />
    </Flex>
  );
}
