// The relief pilot's personal fields at rest (GB/T 39786; docs/field-encryption.md): ID numbers,
// a family's address and phone and its medical costs are stored sealed with SM4, read back in full
// by those entitled, still unique by ID number; values written before encryption are sealed at the
// next start, and a rotation seals everything again under a new key, with nothing else changed.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../../src/engine/privacy/resident-id.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { addFieldKey, currentFieldKeys, useFieldKeys } from '../../src/store/field-keys.ts';
import { sealFields } from '../../src/store/relief-sealed.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { queryRows } from '../support/rows.ts';
import { jsonRequest, seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

const YEAR = 2026;

function idNumber(serial: number): string {
  const first17 = `33039919750101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const HEADER =
  '家庭编号,县（市、区）,乡镇（街道）,村（社区）,家庭住址,联系电话,是否户主,姓名,身份证号码,与户主关系,是否参保,参保类型';

interface Stored {
  id_number: string;
  id_number_index: string | null;
  address: string | null;
  phone: string | null;
}

describeEachDatabase('relief personal fields sealed at rest', (getDb) => {
  let app: ApiApp;
  let cookie = '';
  let familyId = '';
  const head = idNumber(41);
  const spouse = idNumber(42);

  const request = (method: string, path: string, body?: unknown) =>
    app.request(path, jsonRequest(method, body, { cookie }));
  const upload = (text: string) => {
    const form = new FormData();
    form.append('file', new File([text], '家庭.csv', { type: 'text/csv' }));
    return app.request('/api/relief/families/import', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
      body: form,
    });
  };
  const stored = () =>
    queryRows<Stored>(
      getDb(),
      sql`select m.id_number, m.id_number_index, f.address, f.phone from relief_member m join relief_family f on f.id = m.family_id where f.family_code = 'ENC0001' order by m.position`,
    );
  const storedCost = async () =>
    (
      await queryRows<{ row: string }>(
        getDb(),
        sql`select concat_ws('|', total_cost, basic_insurance, critical_illness, medical_assistance, huiminbao, out_of_pocket) as row from relief_cost where family_id = ${familyId}`,
      )
    )[0]!.row;
  const detail = async () =>
    (await (await request('GET', `/api/relief/families/${familyId}?year=${YEAR}`)).json()) as {
      phone: string;
      address: string;
      members: { idNumber: string }[];
      costs: { year: number; totalCost: string; outOfPocket: string }[];
    };

  beforeAll(async () => {
    app = testApp(getDb());
    const account = await seedAccount(getDb(), {
      role: 'relief_office',
      office: 'medical_insurance',
    });
    cookie = await signIn(app, account);
  });

  it('stores ID numbers, address, phone and costs sealed, and shows them in full to medical insurance', async () => {
    const imported = await upload(
      [
        HEADER,
        `ENC0001,文成县,大峃镇,岙底村,文成县大峃镇岙底村 3 号,13857700001,是,林某某,${head},户主,是,城乡居民医保`,
        `ENC0001,文成县,大峃镇,岙底村,,,否,林某,${spouse},配偶,否,`,
      ].join('\n'),
    );
    expect(imported.status).toBe(201);
    const list = (await (
      await request('GET', `/api/relief/families?year=${YEAR}&pageSize=200`)
    ).json()) as { items: { id: string; familyCode: string }[] };
    familyId = list.items.find((item) => item.familyCode === 'ENC0001')!.id;
    const costs = await request('PUT', `/api/relief/families/${familyId}/costs/${YEAR}`, {
      totalCost: '30000.00',
      basicInsurance: '18000.00',
      criticalIllness: '0.00',
      medicalAssistance: '0.00',
      huiminbao: '0.00',
    });
    expect(costs.status).toBe(200);

    const rows = await stored();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.id_number).toMatch(/^sm4:k\d+:/);
      expect(row.id_number_index).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(rows[0]!.address).toMatch(/^sm4:/);
    expect(rows[0]!.phone).toMatch(/^sm4:/);
    const raw = JSON.stringify(rows) + (await storedCost());
    for (const secret of [head, spouse, '13857700001', '岙底村 3 号', '30000', '12000']) {
      expect(raw).not.toContain(secret);
    }
    expect((await storedCost()).split('|').every((value) => value.startsWith('sm4:'))).toBe(true);
    // Nor does the audit log carry them.
    const log = await queryRows<{ row: string }>(
      getDb(),
      sql`select concat(before::text, after::text, note) as row from audit_log where action like 'relief.%'`,
    );
    const logText = log.map((row) => row.row).join('\n');
    for (const secret of [head, '13857700001', '12000.00']) expect(logText).not.toContain(secret);

    const read = await detail();
    expect(read.members.map((member) => member.idNumber)).toEqual([head, spouse]);
    expect(read.phone).toBe('13857700001');
    expect(read.address).toBe('文成县大峃镇岙底村 3 号');
    expect(read.costs[0]).toMatchObject({
      year: YEAR,
      totalCost: '30000.00',
      outOfPocket: '12000.00',
    });
  });

  it('still refuses a person in two families, by the blind index', async () => {
    const again = await upload(
      [HEADER, `ENC0002,文成县,大峃镇,,,,是,林某某,${head},户主,是,城乡居民医保`].join('\n'),
    );
    expect(again.status).toBe(400);
    const body = (await again.json()) as ErrorJson;
    expect(body.error.issues.map((issue) => issue.message).join()).toContain('身份证号码');
  });

  it('seals values written before encryption at the next start, and all of them again on rotation', async () => {
    // A database from before encryption: the plain values, no blind index.
    await getDb().execute(
      sql`update relief_member set id_number = ${head}, id_number_index = null where id_number_index = (select id_number_index from relief_member m join relief_family f on f.id = m.family_id where f.family_code = 'ENC0001' and m.position = 0)`,
    );
    await getDb().execute(
      sql`update relief_cost set total_cost = '30000.00' where family_id = ${familyId}`,
    );
    expect((await stored())[0]!.id_number).toBe(head);
    expect(await detail()).toMatchObject({ members: [{ idNumber: head }, { idNumber: spouse }] });
    const sealed = await sealFields(getDb());
    expect(sealed).toMatchObject({ members: 1, costs: 1 });
    expect((await stored())[0]!.id_number).toMatch(/^sm4:/);
    expect((await stored())[0]!.id_number_index).toMatch(/^[0-9a-f]{64}$/);

    // Rotation: a new key (kept in memory here, not in the key file), everything sealed again.
    const before = currentFieldKeys();
    const rotated = addFieldKey({ ...before, file: null });
    useFieldKeys(rotated);
    const counts = await sealFields(getDb());
    expect(counts.members).toBeGreaterThanOrEqual(2);
    expect(counts.costs).toBeGreaterThanOrEqual(1);
    const keyOf = (value: string | null) => value?.split(':')[1];
    for (const row of await stored()) expect(keyOf(row.id_number)).toBe(rotated.current.id);
    expect(keyOf((await storedCost()).split('|')[0]!)).toBe(rotated.current.id);
    expect(await sealFields(getDb())).toEqual({
      members: 0,
      families: 0,
      costs: 0,
      runFamilies: 0,
    });
    const read = await detail();
    expect(read.members.map((member) => member.idNumber)).toEqual([head, spouse]);
    expect(read.costs[0]).toMatchObject({ totalCost: '30000.00', outOfPocket: '12000.00' });
    const twice = await upload(
      [HEADER, `ENC0003,文成县,大峃镇,,,,是,林某,${spouse},户主,否,`].join('\n'),
    );
    expect(twice.status).toBe(400);
  });
});
