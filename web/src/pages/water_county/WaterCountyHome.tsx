import {
  AccountBookOutlined,
  CalculatorOutlined,
  NodeIndexOutlined,
  ShoppingOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { TaskLinks, type Task } from '../../components/water/TaskLinks.tsx';
import { YearStatus } from '../../components/water/YearStatus.tsx';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';

const PAGES = {
  contribution: <AccountBookOutlined />,
  allocation: <CalculatorOutlined />,
  uses: <ShoppingOutlined />,
  'self-evaluation': <SolutionOutlined />,
  flows: <NodeIndexOutlined />,
} as const;

/** The county's home page: who is signed in, then its part in the fund year. */
export function WaterCountyHome() {
  const { t } = useTranslation();
  const tasks: Task[] = (Object.keys(PAGES) as (keyof typeof PAGES)[]).map((page) => ({
    to: `/water-county/${page}`,
    title: t(`water.county.tasks.${page}.title`),
    text: t(`water.county.tasks.${page}.text`),
    icon: PAGES[page],
  }));
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <YearStatus />
      <TaskLinks tasks={tasks} />
    </Flex>
  );
}
