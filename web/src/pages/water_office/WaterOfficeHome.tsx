import {
  AccountBookOutlined,
  CalendarOutlined,
  CalculatorOutlined,
  FormOutlined,
  NodeIndexOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { TaskLinks, type Task } from '../../components/water/TaskLinks.tsx';
import { useActor } from '../../components/water/useActor.ts';
import { YearStatus } from '../../components/water/YearStatus.tsx';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { WATER_OFFICE_PAGES } from './office-pages.ts';

const ICONS = {
  years: <CalendarOutlined />,
  figures: <FormOutlined />,
  allocation: <CalculatorOutlined />,
  ledger: <AccountBookOutlined />,
  'self-evaluations': <SolutionOutlined />,
  flows: <NodeIndexOutlined />,
} as const;

/** The office's home page: who is signed in, then what this office does in the fund year. */
export function WaterOfficeHome() {
  const { t } = useTranslation();
  const office = useActor()?.office;
  const tasks: Task[] = (Object.keys(ICONS) as (keyof typeof ICONS)[])
    .filter((page) => office && (WATER_OFFICE_PAGES[page] as readonly string[]).includes(office))
    .map((page) => ({
      to: `/water/${page}`,
      title: t(`water.home.tasks.${page}.title`),
      text: t(`water.home.tasks.${page}.text`),
      icon: ICONS[page],
    }));
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <YearStatus />
      <TaskLinks tasks={tasks} />
    </Flex>
  );
}
