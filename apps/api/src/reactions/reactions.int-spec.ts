import { Role } from '@forum/shared';
import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

describe('"hilfreich" reactions (real PostgreSQL)', () => {
  let t: TestApp;
  let author: TestUser;
  let threadId: string;
  let postId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const topic = await createTopic(t.ds, await createBoard(t.ds));
    author = await createUser(t.ds, { displayName: 'Antwortende Person' });
    const asker = await createUser(t.ds);
    threadId = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage mit hilfreicher Antwort', body: 'Frage' } },
        { token: asker.token },
      ),
    ).createThread.id;
    postId = ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Sehr hilfreiche Antwort' } },
        { token: author.token },
      ),
    ).createPost.id;
  });
  afterAll(() => t.close());

  const SET = `mutation($id: ID!, $h: Boolean!) { setHelpful(postId: $id, helpful: $h) {
    id helpfulCount viewerFoundHelpful helpfulBy(first: 10) { id displayName } } }`;
  const set = async (as: TestUser, helpful: boolean) =>
    ok(await t.gql(SET, { id: postId, h: helpful }, { token: as.token })).setHelpful;

  it('counts one per user, toggles, and shows who found it helpful', async () => {
    const anna = await createUser(t.ds, { displayName: 'Anna Amt' });
    const ben = await createUser(t.ds, { displayName: 'Ben Behörde' });
    expect(await set(anna, true)).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: true });
    expect(await set(anna, true)).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: true });
    const both = await set(ben, true);
    expect(both.helpfulCount).toBe(2);
    expect(both.helpfulBy.map((u: any) => u.displayName).sort()).toEqual(['Anna Amt', 'Ben Behörde']);

    expect(await set(anna, false)).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: false });
    expect(await set(anna, false)).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: false });

    // In a thread's post list, batched.
    const list = ok(
      await t.gql(
        `query($id: ID!) { thread(id: $id) { posts { edges { node { id helpfulCount viewerFoundHelpful helpfulBy { displayName } } } } } }`,
        { id: threadId },
        { token: ben.token },
      ),
    );
    const node = list.thread.posts.edges.find((e: any) => e.node.id === postId).node;
    expect(node).toEqual({
      id: postId,
      helpfulCount: 1,
      viewerFoundHelpful: true,
      helpfulBy: [{ displayName: 'Ben Behörde' }],
    });
    await set(ben, false);
  });

  it('refuses reactions to own posts, to hidden posts and from guests', async () => {
    const own = await t.gql(SET, { id: postId, h: true }, { token: author.token });
    expect(errorCode(own)).toBe('BAD_USER_INPUT');
    expect(own.errors?.[0]?.extensions?.fields).toEqual({ postId: expect.any(String) });
    expect(errorCode(await t.gql(SET, { id: postId, h: true }))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await t.gql(SET, { id: '00000000-0000-4000-8000-000000000000', h: true }, { token: author.token }),
      ),
    ).toBe('NOT_FOUND');

    const mod = await createUser(t.ds, { role: Role.MODERATOR });
    const reader = await createUser(t.ds);
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Prüfung") { id } }`,
        { id: postId },
        { token: mod.token },
      ),
    );
    expect(errorCode(await t.gql(SET, { id: postId, h: true }, { token: reader.token }))).toBe(
      'BAD_USER_INPUT',
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "ok", hidden: false) { id } }`,
        { id: postId },
        { token: mod.token },
      ),
    );
  });
});
