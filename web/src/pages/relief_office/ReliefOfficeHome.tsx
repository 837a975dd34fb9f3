import { Flex } from 'antd';
import { TargetsDashboard } from '../../components/relief/TargetsDashboard.tsx';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';

/** The role's home page: who is signed in, then the pilot's targets (every relief office). */
export function ReliefOfficeHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <TargetsDashboard />
    </Flex>
  );
}
