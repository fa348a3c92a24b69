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

    // The status of every question follows from its posts: no question is an official answer, and the
    // first Land answer is the first visible official reply.
    const [status] = await t.ds.query(`SELECT
      (SELECT count(*) FROM posts p JOIN threads th ON th.id = p.thread_id
        WHERE p.official AND p.created_at = th.created_at)::int AS official_questions,
      (SELECT count(*) FROM threads th WHERE th.first_land_answer_at IS DISTINCT FROM (
         SELECT min(p.created_at) FROM posts p WHERE p.thread_id = th.id AND p.official
            AND p.hidden_at IS NULL AND p.deleted_at IS NULL))::int AS drift,
      (SELECT count(*) FROM threads WHERE state = 'OPEN' AND first_land_answer_at IS NOT NULL)::int AS land_answered,
      (SELECT count(*) FROM threads WHERE accepted_post_id IS NOT NULL AND accepted_at IS NULL)::int AS undated`);
    expect(status).toMatchObject({ official_questions: 0, drift: 0, undated: 0 });
    expect(status.land_answered).toBeGreaterThan(0);

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

  it('shows the knowledge features: synonyms, Steckbriefe, FAQ and adoption records of the demo Kommunen', async () => {
    const kommune = ok(
      await t.gql(
        `mutation { login(input: { email: "kommune@demo.example", password: "Test-Demo-Passwort-1" }) { token } }`,
      ),
    ).login.token as string;
    const services = ok(
      await t.gql(`{ services(search: "Ummeldung") { id title } }`, {}, { token: kommune }),
    ).services;
    expect(services[0].title).toBe('Elektronische Wohnsitzanmeldung (eWA)');
    const topic = ok(
      await t.gql(
        `query($id: ID!) { topic(id: $id) { contactRole standards reuseLinks { model } profileHistory { id }
          faq { id } adoptions { status organisation { name } recordedBy { displayName } } } }`,
        { id: services[0].id },
        { token: kommune },
      ),
    ).topic;
    expect(topic.contactRole).toBeTruthy();
    expect(topic.standards).toContain('XMeld');
    expect(topic.profileHistory).toHaveLength(1);
    expect(
      topic.adoptions.filter((a: { status: string }) => a.status === 'USES').length,
    ).toBeGreaterThanOrEqual(2);
    expect(topic.adoptions).toContainEqual({
      status: 'USES',
      organisation: { name: 'Landeshauptstadt Wiesbaden' },
      recordedBy: { displayName: 'Julia Berger' },
    });
    const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM faq_entries');
    expect(n).toBeGreaterThanOrEqual(5);
    const map = ok(await t.gql(`{ adoptionMap { code uses } }`, {}, { token: kommune })).adoptionMap;
    expect(map).toHaveLength(16);
    expect(map.find((l: { code: string }) => l.code === 'HE').uses).toBeGreaterThanOrEqual(2);
  });
});
