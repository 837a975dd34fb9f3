import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { Accounts } from './Accounts.tsx';

/** The role's home page: who is signed in, then its journeys. */
export function AdminHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <Accounts />
    </Flex>
  );
}
