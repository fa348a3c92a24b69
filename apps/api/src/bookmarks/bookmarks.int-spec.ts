import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

describe('bookmarks (real PostgreSQL)', () => {
  let t: TestApp;
  let topic: string;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    topic = await createTopic(t.ds, await createBoard(t.ds));
    user = await createUser(t.ds);
  });
  afterAll(() => t.close());

  const ask = async (title: string) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title, body: 'Frage' } },
        { token: user.token },
      ),
    ).createThread.id as string;
  const BOOKMARK = `mutation($id: ID!, $b: Boolean!) { bookmarkThread(threadId: $id, bookmarked: $b) { id viewerBookmarked } }`;
  const LIST = `query($first: Int, $after: String) { bookmarks(first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } edges { node { createdAt thread { id title viewerBookmarked } } } } }`;
  const list = async (as: TestUser, vars: Record<string, unknown> = {}) =>
    ok(await t.gql(LIST, vars, { token: as.token })).bookmarks;

  it('adds, lists newest first, pages, and removes bookmarks', async () => {
    const a = await ask('Erste gemerkte Frage');
    const b = await ask('Zweite gemerkte Frage');
    const c = await ask('Dritte gemerkte Frage');
    for (const id of [a, b, c]) {
      expect(ok(await t.gql(BOOKMARK, { id, b: true }, { token: user.token })).bookmarkThread).toEqual({
        id,
        viewerBookmarked: true,
      });
      await new Promise((r) => setTimeout(r, 5));
    }
    // Twice is still one bookmark.
    ok(await t.gql(BOOKMARK, { id: a, b: true }, { token: user.token }));

    const page1 = await list(user, { first: 2 });
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: any) => e.node.thread.id)).toEqual([c, b]);
    expect(page1.edges[0].node.thread.viewerBookmarked).toBe(true);
    const page2 = await list(user, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e: any) => e.node.thread.id)).toEqual([a]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    expect(
      ok(await t.gql(BOOKMARK, { id: b, b: false }, { token: user.token })).bookmarkThread.viewerBookmarked,
    ).toBe(false);
    expect((await list(user)).edges.map((e: any) => e.node.thread.id)).toEqual([c, a]);
    // Removing again is fine.
    ok(await t.gql(BOOKMARK, { id: b, b: false }, { token: user.token }));
  });

  it('keeps bookmarks private and checks the thread', async () => {
    const other = await createUser(t.ds);
    expect((await list(other)).totalCount).toBe(0);
    const a = await ask('Nur für mich gemerkt');
    ok(await t.gql(BOOKMARK, { id: a, b: true }, { token: user.token }));
    const seen = ok(
      await t.gql(
        `query($id: ID!) { thread(id: $id) { viewerBookmarked } }`,
        { id: a },
        { token: other.token },
      ),
    );
    expect(seen.thread.viewerBookmarked).toBe(false);
    expect(errorCode(await t.gql(BOOKMARK, { id: 'x', b: true }, { token: user.token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await t.gql(BOOKMARK, { id: '00000000-0000-4000-8000-000000000000', b: true }, { token: user.token }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});
