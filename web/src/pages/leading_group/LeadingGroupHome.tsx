import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { ListsToApprove } from './ListsToApprove.tsx';

/** The role's home page: who is signed in, then its journeys. */
export function LeadingGroupHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <ListsToApprove />
    </Flex>
  );
}
