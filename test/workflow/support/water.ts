import type { Jurisdiction } from '../../../src/engine/china/jurisdictions.ts';
import type { Actor, WaterOffice } from '../../../src/workflow/actor.ts';

/** The people of a water-fund walk. */
export function office(office: WaterOffice): Actor {
  return { accountId: `acc-water-${office}`, role: 'water_office', displayName: office, office };
}

export function waterCounty(jurisdiction: Jurisdiction): Actor {
  return {
    accountId: `acc-water-${jurisdiction}`,
    role: 'water_county',
    displayName: `${jurisdiction}人民政府`,
    jurisdiction,
  };
}

export const finance = office('finance');
export const naturalResources = office('natural_resources');
export const ecology = office('ecology_environment');
export const waterResources = office('water_resources');
export const publicSecurity = office('public_security');
export const developmentReform = office('development_reform');
