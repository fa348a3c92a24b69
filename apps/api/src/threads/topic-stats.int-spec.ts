import { OrganisationKind, Role } from '@forum/shared';
import { createBoard, createOrganisation, createTopic, createUser } from '../../test/factories';
import { ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';

// The denormalised counters must always equal what an aggregate over threads says, after every kind
// of write: questions, replies, acceptance, reopening, deletion, hiding, moving, merging.
describe('topic_stats counters (trigger, real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function expectConsistent() {
    await t.app.get(DomainEventsService).drain();
    const drift = await t.ds.query(`
      SELECT t.id, s.thread_count, a.thread_count AS a_threads, s.open_thread_count, a.open_count, s.post_count, a.post_count AS a_posts,
             s.last_activity_at, a.last_activity_at AS a_last
        FROM topics t
        LEFT JOIN topic_stats s ON s.topic_id = t.id
        LEFT JOIN LATERAL (
          SELECT count(*)::int AS thread_count,
                 (count(*) FILTER (WHERE state = 'OPEN' AND first_land_answer_at IS NULL))::int AS open_count,
                 coalesce(sum(reply_count + 1), 0)::int AS post_count, max(last_activity_at) AS last_activity_at
            FROM threads WHERE topic_id = t.id AND merged_into_id IS NULL) a ON true
       WHERE coalesce(s.thread_count, 0) <> a.thread_count OR coalesce(s.open_thread_count, 0) <> a.open_count
          OR coalesce(s.post_count, 0) <> a.post_count OR s.last_activity_at IS DISTINCT FROM a.last_activity_at`);
    expect(drift).toEqual([]);
    // threads.first_land_answer_at (kept by triggers on posts) equals its definition.
    const landDrift = await t.ds.query(`
      SELECT th.id, th.first_land_answer_at, x.first FROM threads th
        LEFT JOIN LATERAL (SELECT min(p.created_at) AS first FROM posts p WHERE p.thread_id = th.id
                             AND p.official AND p.deleted_at IS NULL AND p.hidden_at IS NULL) x ON true
       WHERE th.first_land_answer_at IS DISTINCT FROM x.first`);
    expect(landDrift).toEqual([]);
  }

  it('stays equal to the aggregate through every kind of write', async () => {
    const land = await createOrganisation(t.ds, OrganisationKind.LAND);
    const board = await createBoard(t.ds);
    const topicA = await createTopic(t.ds, board, { leadLandId: land });
    const topicB = await createTopic(t.ds, board);
    const asker = await createUser(t.ds);
    const rep = await createUser(t.ds, { organisationId: land });
    const mod = await createUser(t.ds, { role: Role.MODERATOR });
    const ask = async (topicId: string) =>
      ok(
        await t.gql(
          `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
          { i: { topicId, title: 'Zählerfrage', body: 'Text' } },
          { token: asker.token },
        ),
      ).createThread.id as string;
    const reply = async (threadId: string) =>
      ok(
        await t.gql(
          `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
          { i: { threadId, body: 'Antwort' } },
          { token: rep.token },
        ),
      ).createPost.id as string;

    const a1 = await ask(topicA);
    const a2 = await ask(topicA);
    const b1 = await ask(topicB);
    await expectConsistent();
    const p1 = await reply(a1);
    const p2 = await reply(a1);
    await reply(b1);
    await expectConsistent();
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: p1 },
        { token: asker.token },
      ),
    );
    await expectConsistent();
    ok(
      await t.gql(
        `mutation($id: ID!) { reopenThread(threadId: $id) { id } }`,
        { id: a1 },
        { token: asker.token },
      ),
    );
    ok(
      await t.gql(`mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: p2 }, { token: rep.token }),
    );
    await expectConsistent();
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Test") { id } }`,
        { id: p1 },
        { token: mod.token },
      ),
    );
    await expectConsistent();
    ok(
      await t.gql(
        `mutation($id: ID!) { closeThread(threadId: $id, closed: true) { id } }`,
        { id: a2 },
        { token: mod.token },
      ),
    );
    await expectConsistent();
    ok(
      await t.gql(
        `mutation($id: ID!, $topic: ID!) { moveThread(threadId: $id, topicId: $topic) { id } }`,
        { id: a2, topic: topicB },
        { token: mod.token },
      ),
    );
    await expectConsistent();
    ok(
      await t.gql(
        `mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t) { id } }`,
        { s: b1, t: a1 },
        { token: mod.token },
      ),
    );
    await expectConsistent();
    const boards = ok(
      await t.gql(
        `query($slug: String!) { board(slug: $slug) { threadCount postCount topics { id threadCount openThreadCount } } }`,
        { slug: (await t.ds.query('SELECT slug FROM boards WHERE id = $1', [board]))[0].slug },
        { token: asker.token },
      ),
    );
    expect(boards.board.threadCount).toBe(2);
  });
});
