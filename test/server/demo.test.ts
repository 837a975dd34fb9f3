import { describe, expect, it } from 'vitest';
import { login } from '../../src/auth/login.ts';
import { passwordIssues } from '../../src/auth/password-rules.ts';
import { demoAccountList } from '../../src/server/demo/accounts.ts';
import {
  demoActors,
  demoModeWanted,
  ensureDemoAccounts,
  seedDomainDemo,
} from '../../src/server/demo/setup.ts';
import { DEPARTMENTS, RELIEF_OFFICES, WATER_OFFICES } from '../../src/workflow/actor.ts';
import {
  EARLIER_DEMO_FINAL_ON,
  RATED_DEMO_ENTERPRISES,
} from '../../src/workflow/hq-rating/demo-earlier.ts';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';

describe('demo account list', () => {
  const list = demoAccountList();

  it('has every role: 6 enterprises, 13 county offices, 7 departments, bureau, group, admin', () => {
    const count = (role: string) => list.filter((a) => a.role === role).length;
    expect(count('enterprise')).toBe(6);
    expect(count('county_office')).toBe(13);
    expect(list.filter((a) => a.role === 'department').map((a) => a.department)).toEqual([
      ...DEPARTMENTS,
    ]);
    expect([count('city_bureau'), count('leading_group'), count('admin')]).toEqual([1, 1, 1]);
  });

  it('has the offices and counties of the water fund and of the relief pilot', () => {
    const offices = (role: string) => list.filter((a) => a.role === role).map((a) => a.office);
    expect(offices('water_office')).toEqual([...WATER_OFFICES]);
    expect(offices('relief_office')).toEqual([...RELIEF_OFFICES]);
    const receivers = list.filter((a) => a.role === 'water_county').map((a) => a.jurisdiction);
    expect(receivers).toEqual(expect.arrayContaining(['瑞安市', '文成县', '泰顺县', '瓯海区']));
    const workers = list.filter((a) => a.role === 'relief_township');
    expect(workers.every((a) => a.jurisdiction && a.township)).toBe(true);
  });

  it('gives passwords that follow the rules', () => {
    for (const account of list) {
      const options = { publishedPasswordAllowed: true };
      expect(
        passwordIssues(account.password, account.loginName, 'password', options),
        account.loginName,
      ).toEqual([]);
      // Anyone else choosing a demo password is refused: it is published.
      expect(passwordIssues(account.password, 'someone').map((i) => i.code)).toEqual([
        'password_published',
      ]);
    }
    expect(new Set(list.map((a) => a.loginName)).size).toBe(list.length);
  });
});

describeEachDatabase('demo mode', (getDb) => {
  it('is on for an empty database, stays on while demo accounts exist, and obeys PINGDING_DEMO', async () => {
    const db = getDb();
    expect(await demoModeWanted(db, undefined)).toBe(true);
    expect(await demoModeWanted(db, '0')).toBe(false);
    const first = await ensureDemoAccounts(db);
    expect(first.created).toBe(first.accounts.length);
    expect((await ensureDemoAccounts(db)).created).toBe(0);
    expect(await demoModeWanted(db, undefined)).toBe(true);

    const actors = await demoActors(db);
    expect(actors).toHaveLength(first.accounts.length);
    expect(
      actors.find((a) => a.role === 'county_office' && a.jurisdiction === '瑞安市'),
    ).toBeDefined();
    const enterprise = first.accounts.find((a) => a.role === 'enterprise')!;
    expect((await login(db, enterprise, undefined, { demoMode: true })).ok).toBe(true);
    // Outside demo mode the published password is dead.
    expect((await login(db, enterprise)).ok).toBe(false);
  });

  it('seeds the demos once, the HQ batch in publicity from the last working day', async () => {
    const actors = await demoActors(getDb());
    expect(await seedDomainDemo(getDb(), actors, '2026-11-22')).toBe(true);
    expect(await seedDomainDemo(getDb(), actors, '2026-11-22')).toBe(false);

    // enterprise4–6 hold the 2024 ratings in effect: five, three and one stars until 2027-03-16.
    const rated = demoAccountList().filter((a) => /^enterprise[4-6]$/.test(a.loginName));
    expect(rated.map((a) => a.displayName)).toEqual(RATED_DEMO_ENTERPRISES.map((e) => e.name));
    for (const [index, account] of rated.entries()) {
      const actor = actors.find((a) => a.enterpriseUscc === account.enterpriseUscc)!;
      const mine = await s.listApplications(getDb(), actor, {});
      const final = mine.find((a) => a.state === 'final')!;
      expect(final, account.loginName).toMatchObject({
        name: account.displayName,
        stars: RATED_DEMO_ENTERPRISES[index]!.stars,
        validUntil: '2027-03-16',
      });
      const detail = await s.getApplication(getDb(), actor, { applicationId: final.id });
      expect(detail.finalOn).toBe(EARLIER_DEMO_FINAL_ON);
      expect(detail.form.ownsOfficeProperty).toBe(false);
    }
  }, 240_000); // three methods' demos walked through their services: slow on a busy machine
});
