import { Card, Empty, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PlaceholderColumn {
  key: string;
  title: ReactNode;
}

/**
 * A journey still to be built: its title, what it will do, and the table it will fill (empty).
 * Replace the whole component when the journey is built.
 */
export function JourneyPlaceholder(props: {
  id: string;
  title: ReactNode;
  description: ReactNode;
  columns: PlaceholderColumn[];
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={props.title}
      extra={<Tag color="default">{t('journey.comingSoon')}</Tag>}
      data-testid={`journey-${props.id}`}
      className="journey-card"
    >
      <Typography.Paragraph type="secondary">{props.description}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="key"
        columns={props.columns.map((c) => ({ key: c.key, dataIndex: c.key, title: c.title }))}
        dataSource={[]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('journey.empty')} /> }}
      />
    </Card>
  );
}
