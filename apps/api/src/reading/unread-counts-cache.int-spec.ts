import { Role } from '@forum/shared';
import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';

/**
 * The unread counts per topic are cached by each instance and checked against versions in the database. Two
 * instances on one database: whatever changes through one (a reply, a hidden post, a move, a read mark) is
 * counted by the other on its very next request — never a stale count — while unchanged topics are served
 * without running the counting query.
 */
describe('unread counts cache (two instances, real PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let mod: TestUser;

  beforeAll(async () => {
    a = await startTestApp();
    const url = (a.ds.options as { url: string }).url;
    b = await startTestApp({}, { database: { url, drop: async () => undefined } });
    mod = await createUser(a.ds, { role: Role.MODERATOR });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const settle = () => a.app.get(DomainEventsService).drain();
  const gqlA = async (query: string, variables: Record<string, unknown>, user: TestUser) => {
    const data = ok(await a.gql(query, variables, { token: user.token }));
    await settle();
    return data;
  };
  const ask = async (topicId: string, user: TestUser) =>
    (
      await gqlA(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id posts(first: 1) { edges { node { id } } } } }`,
        { i: { topicId, title: 'Wie binden wir das an?', body: 'Frage' } },
        user,
      )
    ).createThread as { id: string; posts: { edges: { node: { id: string } }[] } };
  const reply = async (threadId: string, user: TestUser) =>
    (
      await gqlA(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Antwort' } },
        user,
      )
    ).createPost.id as string;

  /** The counts as the board overview asks for them, on instance B. */
  const countsOnB = async (topicIds: string[], user: TestUser) => {
    const data = ok(
      await b.gql<{
        boards: { topics: { id: string; viewerUnreadThreadCount: number; viewerNewThreadCount: number }[] }[];
      }>(
        `{ boards { topics { id viewerUnreadThreadCount viewerNewThreadCount } } }`,
        {},
        { token: user.token },
      ),
    );
    const all = data.boards.flatMap((x) => x.topics);
    return topicIds.map((id) => {
      const t = all.find((x) => x.id === id)!;
      return [t.viewerUnreadThreadCount, t.viewerNewThreadCount];
    });
  };

  /** How often B ran the counting query during `work`. */
  async function countingQueriesOnB(work: () => Promise<unknown>): Promise<number> {
    const spy = jest.spyOn(b.ds, 'query');
    try {
      await work();
      return spy.mock.calls.filter(([sql]) => String(sql).includes('AS new_threads')).length;
    } finally {
      spy.mockRestore();
    }
  }

  it('serves unchanged topics from the cache and recounts only what changed, on the other instance at once', async () => {
    const board = await createBoard(a.ds);
    const [t1, t2] = [await createTopic(a.ds, board), await createTopic(a.ds, board)];
    const asker = await createUser(a.ds);
    const reader = await createUser(a.ds);
    const q1 = await ask(t1, asker);

    expect(await countsOnB([t1, t2], reader)).toEqual([
      [1, 1],
      [0, 0],
    ]);
    // Nothing changed: no counting at all.
    expect(await countingQueriesOnB(() => countsOnB([t1, t2], reader))).toBe(0);

    // A reply through A in topic 1: B recounts topic 1 only, and sees it.
    await reply(q1.id, asker);
    let result: number[][] = [];
    expect(await countingQueriesOnB(async () => (result = await countsOnB([t1, t2], reader)))).toBe(1);
    expect(result).toEqual([
      [1, 1],
      [0, 0],
    ]);

    // Reading the thread through A: the reader's version changes, B counts it as read.
    await gqlA(`mutation($id: ID!) { markThreadRead(threadId: $id) { id } }`, { id: q1.id }, reader);
    expect(await countsOnB([t1, t2], reader)).toEqual([
      [0, 0],
      [0, 0],
    ]);

    // A new reply, then hidden by a moderator: unread, then read again — the hide changes the topic's version.
    const p = await reply(q1.id, asker);
    expect(await countsOnB([t1, t2], reader)).toEqual([
      [1, 0],
      [0, 0],
    ]);
    await gqlA(`mutation($id: ID!) { hidePost(postId: $id, reason: "Werbung") { id } }`, { id: p }, mod);
    expect(await countsOnB([t1, t2], reader)).toEqual([
      [0, 0],
      [0, 0],
    ]);

    // A question moved from topic 1 to topic 2 is counted in its new topic.
    const q2 = await ask(t1, asker);
    expect(await countsOnB([t1, t2], reader)).toEqual([
      [1, 1],
      [0, 0],
    ]);
    await gqlA(
      `mutation($id: ID!, $t: ID!) { moveThread(threadId: $id, topicId: $t, reason: "Passt besser") { id } }`,
      { id: q2.id, t: t2 },
      mod,
    );
    expect(await countsOnB([t1, t2], reader)).toEqual([
      [0, 0],
      [1, 1],
    ]);

    // "Alles gelesen" through A.
    await gqlA(`mutation { markAllRead }`, {}, reader);
    expect(await countsOnB([t1, t2], reader)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
