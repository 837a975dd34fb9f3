import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { Batches } from './Batches.tsx';

/** The role's home page: who is signed in, then its batches (the rating table has its own page). */
export function CityBureauHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <Batches />
    </Flex>
  );
}
