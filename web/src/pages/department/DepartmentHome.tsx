import { Flex } from 'antd';
import { WelcomeBar } from '../../components/WelcomeBar.tsx';
import { VerificationItems } from './VerificationItems.tsx';

/** The role's home page: who is signed in, then its journeys. */
export function DepartmentHome() {
  return (
    <Flex vertical gap="middle">
      <WelcomeBar />
      <VerificationItems />
    </Flex>
  );
}
