import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';

/** The role's home page: who is signed in, then its journeys. */
export function CountyOfficeHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <ReviewQueue />
    </Flex>
  );
}
