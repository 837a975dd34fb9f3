import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/store/audit.ts';
import { openDatabase, type DatabaseHandle } from '../../src/store/database.ts';
import type { Actor } from '../../src/workflow/actor.ts';
import { DEMO_ENTERPRISES, demoActorSpecs, seedDemo } from '../../src/workflow/hq-rating/demo.ts';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { bureau } from './support/actors.ts';

/** The demo seed walks 68 synthetic applications to publicity through the services (PGlite only: it is long). */
describe('hq rating: the demo batch (演示数据)', () => {
  let handle: DatabaseHandle;
  let batchId: string;
  const given: Actor[] = [
    { accountId: 'demo-account-bureau', role: 'city_bureau', displayName: '温州市投资促进局' },
  ];

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    ({ batchId } = await seedDemo(handle.db, given));
  }, 120_000);
  afterAll(async () => handle?.close());

  it('lists the actors it expects, one enterprise per credit code', () => {
    const specs = demoActorSpecs();
    const enterprises = specs.filter((spec) => spec.role === 'enterprise');
    expect(enterprises).toHaveLength(DEMO_ENTERPRISES);
    expect(new Set(enterprises.map((spec) => spec.enterpriseUscc)).size).toBe(DEMO_ENTERPRISES);
    expect(specs.filter((spec) => spec.role === 'department')).toHaveLength(7);
  });

  it('reaches publicity with stars of every level, marked synthetic', async () => {
    const list = await s.publishedList(handle.db, null, { batchId });
    expect(list.synthetic).toBe(true);
    expect(list.state).toBe('publicity');
    expect(new Set(list.entries.map((entry) => entry.stars))).toEqual(new Set([1, 2, 3, 4, 5]));
    const states = (await s.listApplications(handle.db, bureau, { batchId })).map((a) => a.state);
    expect(states.filter((state) => state === 'county_rejected')).toHaveLength(1);
    expect(states.filter((state) => state === 're_review_rejected')).toHaveLength(1);
    expect(states.filter((state) => state === 'not_approved')).toHaveLength(1);
  });

  it('acts as the given accounts and stands in for the missing ones', async () => {
    const events = await s.getBatchTimeline(handle.db, bureau, { batchId });
    expect(events[0]).toMatchObject({ action: 'create', actorId: 'demo-account-bureau' });
    expect(events.some((event) => event.actorId.startsWith('demo-seed:'))).toBe(true);
  });

  it('is seeded once, with an audit chain that verifies', async () => {
    expect(await seedDemo(handle.db, given)).toEqual({ batchId, created: false });
    expect((await verifyAuditChain(handle.db)).ok).toBe(true);
  });
});
