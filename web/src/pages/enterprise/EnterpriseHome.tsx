import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { MyApplications } from './MyApplications.tsx';

/** The role's home page: who is signed in, then its journeys. */
export function EnterpriseHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <MyApplications />
    </Flex>
  );
}
