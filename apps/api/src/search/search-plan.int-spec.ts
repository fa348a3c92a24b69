import { OrganisationKind } from '@forum/shared';
import { createBoard, createOrganisation, createTopic, createUser } from '../../test/factories';
import { ok, startTestApp, type TestApp } from '../../test/test-app';
import { buildTsQuery } from './search-query';
import { ESTIMATE_SQL, planFromEstimates, searchSql, type SearchPlan } from './search.sql';

// The candidate strategy is chosen from pg_stats (see SearchPlan); both strategies must find the same.
describe('search candidate strategy (real PostgreSQL statistics)', () => {
  let t: TestApp;
  let quietTopic: string;
  let oldThread: string;
  beforeAll(async () => {
    t = await startTestApp();
    const land = await createOrganisation(t.ds, OrganisationKind.LAND);
    const topic = await createTopic(t.ds, await createBoard(t.ds), { leadLandId: land });
    const user = await createUser(t.ds);
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Zustellpunkt einrichten', body: 'Ein Seltenwort steht nur hier.' } },
        { token: user.token },
      ),
    ).createThread.id as string;
    // 6,000 posts with a common word: above COMMON_ROWS, so pg_stats lists it as a most common element.
    await t.ds.query(
      `INSERT INTO posts (thread_id, author_id, author_organisation_id, body, body_html, created_at)
       SELECT $1, u.id, u.organisation_id, 'Die Schnittstelle zum Fachverfahren, Nummer ' || g,
              '<p>Die Schnittstelle zum Fachverfahren</p>', now() - g * interval '1 minute'
         FROM users u, generate_series(1, 6000) g WHERE u.id = $2`,
      [thread, user.id],
    );
    // A question in another topic, older than all 6,000: with the common word, it is not among the newest
    // CANDIDATE_LIMIT matches of the whole forum.
    quietTopic = await createTopic(t.ds, await createBoard(t.ds), { leadLandId: land });
    oldThread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: quietTopic, title: 'Altes Thema', body: 'Unsere Schnittstelle hakt.' } },
        { token: user.token },
      ),
    ).createThread.id as string;
    await t.ds.query(`UPDATE posts SET created_at = now() - interval '30 days' WHERE thread_id = $1`, [
      oldThread,
    ]);
    await t.ds.query(
      `UPDATE threads SET created_at = now() - interval '30 days', last_activity_at = now() - interval '30 days' WHERE id = $1`,
      [oldThread],
    );
    await t.ds.query('ANALYZE posts');
    await t.ds.query('ANALYZE threads');
  });
  afterAll(() => t.close());

  const planFor = async (input: string) =>
    planFromEstimates(
      await t.ds.query(ESTIMATE_SQL, [buildTsQuery(input, { prefixLast: true, anyTerm: true })]),
    );

  it('treats a word in most posts as common and an unlisted one as rare', async () => {
    expect((await planFor('Schnittstelle')).posts).toBe('common');
    expect((await planFor('Fachverfahren')).posts).toBe('common');
    expect((await planFor('Seltenwort')).posts).toBe('rare');
    expect((await planFor('Quarkspeise')).posts).toBe('rare');
    // A prefix adds up the frequencies of the lexemes it starts.
    expect((await planFor('Schnittst')).posts).toBe('common');
  });

  it('finds the same results with either strategy', async () => {
    for (const input of ['Schnittstelle', 'Seltenwort', 'Zustellpunkt', 'Seltenwort Zustellpunkt']) {
      const tsquery = buildTsQuery(input, { prefixLast: true })!;
      const anyTerm = buildTsQuery(input, { prefixLast: true, anyTerm: true })!;
      const run = async (plan: SearchPlan) => {
        const sql = searchSql({ tsquery, anyTerm, limit: 20, offset: 0, plan });
        const rows: { thread_id: string; post_id: string }[] = await t.ds.query(sql.text, sql.params);
        return rows.map((r) => `${r.thread_id}/${r.post_id}`);
      };
      const rare = await run({ posts: 'rare', threads: 'rare' });
      expect(rare.length).toBeGreaterThan(0);
      expect(await run({ posts: 'common', threads: 'common' })).toEqual(rare);
    }
  });

  it('applies filters before the newest matches are cut off, so a common word still finds older matches', async () => {
    const tsquery = buildTsQuery('Schnittstelle', { prefixLast: true })!;
    for (const plan of [
      { posts: 'common', threads: 'common' },
      { posts: 'rare', threads: 'rare' },
    ] as SearchPlan[]) {
      const sql = searchSql({
        tsquery,
        anyTerm: tsquery,
        filter: { topicId: quietTopic },
        limit: 20,
        offset: 0,
        plan,
      });
      const rows: { thread_id: string }[] = await t.ds.query(sql.text, sql.params);
      expect(rows.map((r) => r.thread_id)).toEqual([oldThread]);
    }
    // Through the API too (the plan chosen from the statistics: common).
    const res = ok(
      await t.gql(
        `query($q: String!, $f: SearchFilter) { search(query: $q, filter: $f) { totalCount edges { node { thread { id } } } } }`,
        { q: 'Schnittstelle', f: { topicId: quietTopic } },
        { token: (await createUser(t.ds)).token },
      ),
    );
    expect(res.search.totalCount).toBe(1);
  });
});
