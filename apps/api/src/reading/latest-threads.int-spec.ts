import { OrganisationKind } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

describe('latestThreads: "Neueste" and "Unbeantwortet" across all boards (real PostgreSQL)', () => {
  let t: TestApp;
  let kommune: TestUser;
  let land: TestUser;
  let other: TestUser;
  let topicA: string;
  let topicB: string;

  beforeAll(async () => {
    t = await startTestApp();
    topicA = await createTopic(t.ds, await createBoard(t.ds));
    topicB = await createTopic(t.ds, await createBoard(t.ds));
    kommune = await createUser(t.ds);
    other = await createUser(t.ds);
    land = await createUser(t.ds, { organisationId: await createOrganisation(t.ds, OrganisationKind.LAND) });
  });
  afterAll(() => t.close());

  const ask = async (topicId: string, title: string) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body: 'Frage' } },
        { token: kommune.token },
      ),
    ).createThread.id as string;
  const reply = async (threadId: string, user: TestUser) =>
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Antwort' } },
        { token: user.token },
      ),
    ).createPost.id as string;
  const LATEST = `query($first: Int, $after: String, $u: Boolean) {
    latestThreads(first: $first, after: $after, unansweredOnly: $u) {
      totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`;
  const ids = (res: any) => res.latestThreads.edges.map((e: any) => e.node.id);

  it('lists all boards by last activity and pages with a keyset cursor', async () => {
    const a = await ask(topicA, 'Erste Frage im Bereich A');
    const b = await ask(topicB, 'Zweite Frage im Bereich B');
    const c = await ask(topicA, 'Dritte Frage im Bereich A');
    await reply(a, other); // activity moves a to the top

    const page1 = ok(await t.gql(LATEST, { first: 2 }, { token: kommune.token }));
    expect(ids(page1)).toEqual([a, c]);
    expect(page1.latestThreads.totalCount).toBe(3);
    expect(page1.latestThreads.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await t.gql(
        LATEST,
        { first: 2, after: page1.latestThreads.pageInfo.endCursor },
        { token: kommune.token },
      ),
    );
    expect(ids(page2)).toEqual([b]);
    expect(page2.latestThreads.pageInfo.hasNextPage).toBe(false);
  });

  it('unansweredOnly: open, no Land answer, no accepted answer; merged threads never appear', async () => {
    const open = await ask(topicA, 'Noch offen, nur Kommunen antworten');
    await reply(open, other);
    const landAnswered = await ask(topicA, 'Vom Land beantwortet');
    await reply(landAnswered, land);
    const accepted = await ask(topicB, 'Lösung akzeptiert');
    const post = await reply(accepted, other);
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: post },
        { token: kommune.token },
      ),
    );
    const hiddenLand = await ask(topicB, 'Landesantwort ausgeblendet');
    const hiddenPost = await reply(hiddenLand, land);
    await t.ds.query('UPDATE posts SET hidden_at = now() WHERE id = $1', [hiddenPost]);
    const merged = await ask(topicB, 'Wird zusammengeführt');
    await t.ds.query('UPDATE threads SET merged_into_id = $1 WHERE id = $2', [open, merged]);

    const unanswered = ids(ok(await t.gql(LATEST, { first: 100, u: true }, { token: kommune.token })));
    expect(unanswered).toContain(open);
    expect(unanswered).toContain(hiddenLand);
    expect(unanswered).not.toContain(landAnswered);
    expect(unanswered).not.toContain(accepted);
    expect(unanswered).not.toContain(merged);
    const all = ids(ok(await t.gql(LATEST, { first: 100 }, { token: kommune.token })));
    expect(all).toEqual(expect.arrayContaining([open, landAnswered, accepted, hiddenLand]));
    expect(all).not.toContain(merged);
  });

  it('is for signed-in, active accounts only', async () => {
    expect(errorCode(await t.gql(LATEST, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LATEST, { after: 'kaputt' }, { token: kommune.token }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
