import { seedDemoData } from './demo-seed';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_THREADS } from './demo-threads';
import { EFA_SERVICES, GENERAL_BOARDS, THEMENFELDER } from './seed-data';
import { ok, startTestApp, type TestApp } from '../../test/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_PASSWORD: 'Test-Demo-Passwort-1' }, { seed: true });
  });
  afterAll(() => t.close());

  it('seeds the data set of PRODUCT.md once', async () => {
    const [counts] = await t.ds.query(`SELECT
      (SELECT count(*) FROM organisations WHERE kind = 'LAND')::int AS laender,
      (SELECT count(*) FROM organisations WHERE kind = 'KOMMUNE')::int AS kommunen,
      (SELECT count(*) FROM organisations WHERE kind IN ('BUND','FITKO','SPITZENVERBAND'))::int AS others,
      (SELECT count(*) FROM boards)::int AS boards,
      (SELECT count(*) FROM topics WHERE lead_land_id IS NOT NULL)::int AS services,
      (SELECT count(*) FROM threads)::int AS threads,
      (SELECT count(*) FROM threads WHERE state = 'ANSWERED')::int AS answered,
      (SELECT count(*) FROM posts WHERE official)::int AS official`);
    expect(counts).toMatchObject({ laender: 16, kommunen: expect.any(Number), others: 5 });
    expect(counts.kommunen).toBeGreaterThanOrEqual(10);
    expect(counts.boards).toBe(THEMENFELDER.length + GENERAL_BOARDS.length);
    expect(counts.services).toBe(EFA_SERVICES.length);
    expect(counts.threads).toBe(DEMO_THREADS.length);
    expect(counts.threads).toBeGreaterThanOrEqual(35);
    expect(counts.answered).toBeGreaterThan(5);
    expect(counts.official).toBeGreaterThan(10);

    expect(await seedDemoData(t.ds, 'egal')).toEqual({ seeded: false });
    const [again] = await t.ds.query(`SELECT count(*)::int AS n FROM threads`);
    expect(again.n).toBe(DEMO_THREADS.length);
  });

  it('lets every demo account sign in with DEMO_PASSWORD', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = ok(
        await t.gql(
          `mutation($i: LoginInput!) { login(input: $i) { user { role organisation { kind code } } } }`,
          { i: { email: account.email, password: 'Test-Demo-Passwort-1' } },
        ),
      );
      expect(res.login.user.role).toBe(account.role);
    }
    const land = ok(
      await t.gql(
        `mutation { login(input: { email: "land@demo.example", password: "Test-Demo-Passwort-1" }) { user { organisation { kind code } } } }`,
      ),
    );
    expect(land.login.user.organisation).toEqual({ kind: 'LAND', code: 'HE' });
    const kommune = ok(
      await t.gql(
        `mutation { login(input: { email: "kommune@demo.example", password: "Test-Demo-Passwort-1" }) { user { organisation { kind code } } } }`,
      ),
    );
    expect(kommune.login.user.organisation.kind).toBe('KOMMUNE');
  });
});
