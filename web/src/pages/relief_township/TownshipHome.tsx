import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { TownshipWarnings } from './TownshipWarnings.tsx';

/** The role's home page: who is signed in, then its township's warnings to visit. */
export function TownshipHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <TownshipWarnings />
    </Flex>
  );
}
