import { OrganisationKind } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

describe('"Meine Fragen" and reopening a question (real PostgreSQL)', () => {
  let t: TestApp;
  let ledTopic: string;
  let kommune: TestUser;
  let rep: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const hessen = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen' });
    const board = await createBoard(t.ds);
    ledTopic = await createTopic(t.ds, board, { leadLandId: hessen });
    kommune = await createUser(t.ds);
    rep = await createUser(t.ds, { organisationId: hessen });
  });
  afterAll(() => t.close());

  const ask = async (topicId: string, title: string, user = kommune) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body: 'Text' } },
        { token: user.token },
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

  it('shows a Kommune its own questions with their state', async () => {
    const user = await createUser(t.ds);
    const a = await ask(ledTopic, 'Meine erste Frage', user);
    const b = await ask(ledTopic, 'Meine zweite Frage', user);
    const res = ok(
      await t.gql(
        `{ myThreads(first: 10) { totalCount edges { node { id state } } } }`,
        {},
        { token: user.token },
      ),
    );
    expect(res.myThreads.edges.map((e: any) => e.node.id)).toEqual([b, a]);
    expect(
      ok(await t.gql(`{ myThreads(state: ANSWERED) { totalCount } }`, {}, { token: user.token })).myThreads
        .totalCount,
    ).toBe(0);
  });

  it('lets the asker reopen an answered question', async () => {
    const id = await ask(ledTopic, 'Wieder zu öffnen');
    const post = await reply(id, rep);
    const REOPEN = `mutation($id: ID!) { reopenThread(threadId: $id) { id state acceptedPost { id } } }`;
    expect(errorCode(await t.gql(REOPEN, { id }, { token: kommune.token }))).toBe('BAD_USER_INPUT');
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: post },
        { token: kommune.token },
      ),
    );
    expect(errorCode(await t.gql(REOPEN, { id }, { token: rep.token }))).toBe('FORBIDDEN');
    expect(ok(await t.gql(REOPEN, { id }, { token: kommune.token })).reopenThread).toEqual({
      id,
      state: 'OPEN',
      acceptedPost: null,
    });
    const posts = ok(
      await t.gql(
        `query($id: ID!) { thread(id: $id) { posts { edges { node { accepted official organisation { name kind } } } } } }`,
        { id },
        { token: kommune.token },
      ),
    );
    expect(posts.thread.posts.edges[1].node).toEqual({
      accepted: false,
      official: true,
      organisation: { name: 'Hessen', kind: 'LAND' },
    });
  });
});
