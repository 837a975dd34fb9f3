import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Task {
  to: string;
  title: string;
  text: string;
  icon: ReactNode;
}

/** The journeys of a home page, as cards that link to their pages. */
export function TaskLinks({ tasks }: { tasks: Task[] }) {
  return (
    <Row gutter={[16, 16]} data-testid="water-tasks">
      {tasks.map((task) => (
        <Col key={task.to} xs={24} md={12} xl={8}>
          <Link to={task.to} aria-label={task.title}>
            <Card
              hoverable
              size="small"
              title={
                <span>
                  {task.icon} {task.title}
                </span>
              }
            >
              <Typography.Text type="secondary">{task.text}</Typography.Text>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
