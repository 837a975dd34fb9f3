import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { Batches } from './Batches.tsx';
import { RatingTable } from './RatingTable.tsx';

/** The role's home page: who is signed in, then its journeys. */
export function CityBureauHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <Batches />
      <RatingTable />
    </Flex>
  );
}
