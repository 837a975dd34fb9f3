import {
  AuditOutlined,
  CheckSquareOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  HomeOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { Accounts } from '../pages/admin/Accounts.tsx';
import { AdminHome } from '../pages/admin/AdminHome.tsx';
import { Batches } from '../pages/city_bureau/Batches.tsx';
import { CityBureauHome } from '../pages/city_bureau/CityBureauHome.tsx';
import { RatingTable } from '../pages/city_bureau/RatingTable.tsx';
import { CountyOfficeHome } from '../pages/county_office/CountyOfficeHome.tsx';
import { PassList } from '../pages/county_office/PassList.tsx';
import { ReviewQueue } from '../pages/county_office/ReviewQueue.tsx';
import { DepartmentHome } from '../pages/department/DepartmentHome.tsx';
import { ExcelVerify } from '../pages/department/ExcelVerify.tsx';
import { VerificationItems } from '../pages/department/VerificationItems.tsx';
import { EnterpriseHome } from '../pages/enterprise/EnterpriseHome.tsx';
import { MyApplications } from '../pages/enterprise/MyApplications.tsx';
import { ListsToApprove } from '../pages/leading_group/ListsToApprove.tsx';
import { LeadingGroupHome } from '../pages/leading_group/LeadingGroupHome.tsx';
import type { Role } from '../shared.ts';

/** A page of a role's section, with its entry in the left menu. */
export interface RolePage {
  /** Below the section's base path; '' is the role's home page. */
  path: string;
  /** Its menu entry: any text key, e.g. `nav.batches` or an area's `rating.nav.runs`. */
  label: ParseKeys;
  icon: ReactNode;
  element: ReactNode;
}

export interface RoleSection {
  /** Where the role's pages live, e.g. `/city`. */
  base: string;
  pages: RolePage[];
}

const home = (element: ReactNode): RolePage => ({
  path: '',
  label: 'nav.home',
  icon: <HomeOutlined />,
  element,
});

/**
 * Every signed-in page, by role. To add a page: write it under `pages/<role>/`, add a row here;
 * the route and the menu entry follow.
 */
export const ROLE_SECTIONS: Record<Role, RoleSection> = {
  enterprise: {
    base: '/enterprise',
    pages: [
      home(<EnterpriseHome />),
      {
        path: 'applications',
        label: 'nav.myApplications',
        icon: <FileTextOutlined />,
        element: <MyApplications />,
      },
    ],
  },
  county_office: {
    base: '/county',
    pages: [
      home(<CountyOfficeHome />),
      {
        path: 'review',
        label: 'review.nav.reviewQueue',
        icon: <AuditOutlined />,
        element: <ReviewQueue />,
      },
      {
        path: 'report',
        label: 'review.nav.passList',
        icon: <SendOutlined />,
        element: <PassList />,
      },
    ],
  },
  department: {
    base: '/department',
    pages: [
      home(<DepartmentHome />),
      {
        path: 'items',
        label: 'review.nav.verificationItems',
        icon: <CheckSquareOutlined />,
        element: <VerificationItems />,
      },
      {
        path: 'items-from-sheet',
        label: 'review.nav.excelVerify',
        icon: <FileExcelOutlined />,
        element: <ExcelVerify />,
      },
    ],
  },
  city_bureau: {
    base: '/city',
    pages: [
      home(<CityBureauHome />),
      {
        path: 'batches',
        label: 'rating.nav.batches',
        icon: <ProfileOutlined />,
        element: <Batches />,
      },
      {
        path: 'rating',
        label: 'rating.nav.ratingTable',
        icon: <OrderedListOutlined />,
        element: <RatingTable />,
      },
    ],
  },
  leading_group: {
    base: '/leading-group',
    pages: [
      home(<LeadingGroupHome />),
      {
        path: 'approvals',
        label: 'review.nav.approvals',
        icon: <SafetyCertificateOutlined />,
        element: <ListsToApprove />,
      },
    ],
  },
  admin: {
    base: '/admin',
    pages: [
      home(<AdminHome />),
      { path: 'accounts', label: 'nav.accounts', icon: <TeamOutlined />, element: <Accounts /> },
    ],
  },
};

/** The home page of a role. */
export function roleHome(role: Role): string {
  return ROLE_SECTIONS[role].base;
}

/** The full path of a page of a section. */
export function pagePath(section: RoleSection, page: RolePage): string {
  return page.path ? `${section.base}/${page.path}` : section.base;
}
