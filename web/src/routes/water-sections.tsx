import {
  AccountBookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  FormOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  ShoppingOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Contribution } from '../pages/water_county/Contribution.tsx';
import { MyAllocation } from '../pages/water_county/MyAllocation.tsx';
import { SelfEvaluationPage } from '../pages/water_county/SelfEvaluationForm.tsx';
import { Uses } from '../pages/water_county/Uses.tsx';
import { WaterCountyHome } from '../pages/water_county/WaterCountyHome.tsx';
import { Allocation } from '../pages/water_office/Allocation.tsx';
import { Figures } from '../pages/water_office/Figures.tsx';
import { Flows } from '../pages/water_office/Flows.tsx';
import { Ledger } from '../pages/water_office/Ledger.tsx';
import { WATER_OFFICE_PAGES } from '../pages/water_office/office-pages.ts';
import { SelfEvaluations } from '../pages/water_office/SelfEvaluations.tsx';
import { WaterOfficeHome } from '../pages/water_office/WaterOfficeHome.tsx';
import { Years } from '../pages/water_office/Years.tsx';
import type { RoleSection } from './role-sections.tsx';

/** The city offices of the water-source fund (28号): each office sees the pages of its tasks. */
export const WATER_OFFICE_SECTION: RoleSection = {
  base: '/water',
  pages: [
    { path: '', label: 'nav.home', icon: <HomeOutlined />, element: <WaterOfficeHome /> },
    {
      path: 'years',
      label: 'water.nav.years',
      icon: <CalendarOutlined />,
      element: <Years />,
      offices: WATER_OFFICE_PAGES.years,
    },
    {
      path: 'figures',
      label: 'water.nav.figures',
      icon: <FormOutlined />,
      element: <Figures />,
      offices: WATER_OFFICE_PAGES.figures,
    },
    {
      path: 'allocation',
      label: 'water.nav.allocation',
      icon: <CalculatorOutlined />,
      element: <Allocation />,
      offices: WATER_OFFICE_PAGES.allocation,
    },
    {
      path: 'ledger',
      label: 'water.nav.ledger',
      icon: <AccountBookOutlined />,
      element: <Ledger />,
      offices: WATER_OFFICE_PAGES.ledger,
    },
    {
      path: 'self-evaluations',
      label: 'water.nav.selfEvaluations',
      icon: <SolutionOutlined />,
      element: <SelfEvaluations />,
      offices: WATER_OFFICE_PAGES['self-evaluations'],
    },
    {
      path: 'flows',
      label: 'water.nav.flows',
      icon: <NodeIndexOutlined />,
      element: <Flows />,
      offices: WATER_OFFICE_PAGES.flows,
    },
  ],
};

/** A county government in the fund: what it pays, what it receives, how it spends it (W2, W8, W9). */
export const WATER_COUNTY_SECTION: RoleSection = {
  base: '/water-county',
  pages: [
    { path: '', label: 'nav.home', icon: <HomeOutlined />, element: <WaterCountyHome /> },
    {
      path: 'contribution',
      label: 'water.nav.contribution',
      icon: <AccountBookOutlined />,
      element: <Contribution />,
    },
    {
      path: 'allocation',
      label: 'water.nav.myAllocation',
      icon: <CalculatorOutlined />,
      element: <MyAllocation />,
    },
    { path: 'uses', label: 'water.nav.uses', icon: <ShoppingOutlined />, element: <Uses /> },
    {
      path: 'self-evaluation',
      label: 'water.nav.selfEvaluation',
      icon: <SolutionOutlined />,
      element: <SelfEvaluationPage />,
    },
    { path: 'flows', label: 'water.nav.flows', icon: <NodeIndexOutlined />, element: <Flows /> },
  ],
};
