import {
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  SafetyOutlined,
  CalculatorOutlined,
  CheckSquareOutlined,
  FieldTimeOutlined,
  FileExcelOutlined,
  FileSyncOutlined,
  FileTextOutlined,
  GiftOutlined,
  HomeOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
  SendOutlined,
  TeamOutlined,
  ToolOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { Accounts } from '../pages/admin/Accounts.tsx';
import { AdminHome } from '../pages/admin/AdminHome.tsx';
import { Calendar } from '../pages/admin/Calendar.tsx';
import { DemoClock } from '../pages/admin/DemoClock.tsx';
import { Security } from '../pages/admin/Security.tsx';
import { ClaimsToGrant } from '../pages/benefits/ClaimsToGrant.tsx';
import { Batches } from '../pages/city_bureau/Batches.tsx';
import { CityBureauHome } from '../pages/city_bureau/CityBureauHome.tsx';
import { RatingTable } from '../pages/city_bureau/RatingTable.tsx';
import { ReReviewRequests } from '../pages/city_bureau/ReReviewRequests.tsx';
import { Revocations } from '../pages/city_bureau/Revocations.tsx';
import { Supports } from '../pages/city_bureau/Supports.tsx';
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
import { Families } from '../pages/relief_office/Families.tsx';
import { Fund } from '../pages/relief_office/Fund.tsx';
import { Imports } from '../pages/relief_office/Imports.tsx';
import { ReliefOfficeHome } from '../pages/relief_office/ReliefOfficeHome.tsx';
import { Runs } from '../pages/relief_office/Runs.tsx';
import { Warnings } from '../pages/relief_office/Warnings.tsx';
import { TownshipHome } from '../pages/relief_township/TownshipHome.tsx';
import { WATER_COUNTY_SECTION, WATER_OFFICE_SECTION } from './water-sections.tsx';
import type { Office, Role } from '../shared.ts';

/** A page of a role's section, with its entry in the left menu. */
export interface RolePage {
  /** Below the section's base path; '' is the role's home page. */
  path: string;
  /** Its menu entry: any text key, e.g. `nav.batches` or an area's `rating.nav.runs`. */
  label: ParseKeys;
  icon: ReactNode;
  element: ReactNode;
  /** Shown in the menu only to these offices of the role (relief_office, water_office). */
  offices?: readonly Office[];
  /** Shown in the menu only on a demo server (a demo account is signed in). */
  demoOnly?: boolean;
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
      {
        path: 'claims',
        label: 'rating.nav.claims',
        icon: <GiftOutlined />,
        element: <ClaimsToGrant />,
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
      {
        path: 're-reviews',
        label: 'rating.nav.reReviews',
        icon: <FileSyncOutlined />,
        element: <ReReviewRequests />,
      },
      {
        path: 'supports',
        label: 'afterFinal.nav.supports',
        icon: <ToolOutlined />,
        element: <Supports />,
      },
      {
        path: 'revocations',
        label: 'afterFinal.nav.revocations',
        icon: <StopOutlined />,
        element: <Revocations />,
      },
      {
        path: 'claims',
        label: 'rating.nav.claims',
        icon: <GiftOutlined />,
        element: <ClaimsToGrant />,
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
  water_office: WATER_OFFICE_SECTION,
  water_county: WATER_COUNTY_SECTION,
  relief_office: {
    base: '/relief',
    pages: [
      home(<ReliefOfficeHome />),
      {
        path: 'families',
        label: 'relief.nav.families',
        icon: <TeamOutlined />,
        element: <Families />,
        offices: ['medical_insurance', 'civil_affairs'],
      },
      {
        path: 'import',
        label: 'relief.nav.import',
        icon: <FileExcelOutlined />,
        element: <Imports />,
        offices: ['medical_insurance'],
      },
      {
        path: 'runs',
        label: 'relief.nav.runs',
        icon: <CalculatorOutlined />,
        element: <Runs />,
        offices: ['medical_insurance', 'charity_federation'],
      },
      { path: 'fund', label: 'relief.nav.fund', icon: <WalletOutlined />, element: <Fund /> },
      {
        path: 'warnings',
        label: 'relief.nav.warnings',
        icon: <AlertOutlined />,
        element: <Warnings />,
      },
    ],
  },
  relief_township: { base: '/township', pages: [home(<TownshipHome />)] },
  admin: {
    base: '/admin',
    pages: [
      home(<AdminHome />),
      { path: 'accounts', label: 'nav.accounts', icon: <TeamOutlined />, element: <Accounts /> },
      {
        path: 'calendar',
        label: 'calendar.nav',
        icon: <CalendarOutlined />,
        element: <Calendar />,
      },
      {
        path: 'demo-clock',
        label: 'calendar.clock.nav',
        icon: <FieldTimeOutlined />,
        element: <DemoClock />,
        demoOnly: true,
      },
      {
        path: 'security',
        label: 'admin.security.nav',
        icon: <SafetyOutlined />,
        element: <Security />,
      },
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
