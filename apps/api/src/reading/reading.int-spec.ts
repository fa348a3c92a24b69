import { Role } from '@forum/shared';
import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';

describe('unread tracking (real PostgreSQL)', () => {
  let t: TestApp;
  let mod: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    mod = await createUser(t.ds, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  const settle = () => t.app.get(DomainEventsService).drain();
  const ask = async (topicId: string, user: TestUser, title = 'Wie binden wir das an?') => {
    const id = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body: 'Frage' } },
        { token: user.token },
      ),
    ).createThread.id as string;
    await settle();
    return id;
  };
  const reply = async (threadId: string, user: TestUser, body = 'Antwort') => {
    const id = ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body } },
        { token: user.token },
      ),
    ).createPost.id as string;
    await settle();
    return id;
  };
  const STATE = `query($id: ID!) { thread(id: $id) { viewerIsNew viewerUnreadCount viewerFirstUnreadPostId viewerFirstUnreadCursor } }`;
  const state = async (threadId: string, user: TestUser) =>
    ok(await t.gql(STATE, { id: threadId }, { token: user.token })).thread;
  const markRead = async (threadId: string, user: TestUser, upToPostId?: string) =>
    ok(
      await t.gql(
        `mutation($id: ID!, $p: ID) { markThreadRead(threadId: $id, upToPostId: $p) { id viewerUnreadCount } }`,
        { id: threadId, p: upToPostId },
        { token: user.token },
      ),
    ).markThreadRead;
  const topicCounts = async (topicId: string, user: TestUser) =>
    ok(
      await t.gql(
        `query($id: ID!) { topic(id: $id) { viewerUnreadThreadCount viewerNewThreadCount board { viewerUnreadThreadCount viewerNewThreadCount } } }`,
        { id: topicId },
        { token: user.token },
      ),
    ).topic;
  const markAll = async (user: TestUser, args: { boardId?: string; topicId?: string } = {}) =>
    ok(
      await t.gql(
        `mutation($b: ID, $t: ID) { markAllRead(boardId: $b, topicId: $t) }`,
        { b: args.boardId, t: args.topicId },
        { token: user.token },
      ),
    ).markAllRead;

  async function world() {
    const board = await createBoard(t.ds);
    const topic = await createTopic(t.ds, board);
    const asker = await createUser(t.ds);
    const reader = await createUser(t.ds);
    return { board, topic, asker, reader };
  }

  it('shows a new thread as "neu", counts replies by others but not own ones, and opens at the first unread', async () => {
    const { board, topic, asker, reader } = await world();
    const threadId = await ask(topic, asker);
    expect(await state(threadId, reader)).toMatchObject({ viewerIsNew: true, viewerUnreadCount: 1 });
    expect(await state(threadId, asker)).toMatchObject({ viewerIsNew: false, viewerUnreadCount: 0 });
    expect(await topicCounts(topic, reader)).toEqual({
      viewerUnreadThreadCount: 1,
      viewerNewThreadCount: 1,
      board: { viewerUnreadThreadCount: 1, viewerNewThreadCount: 1 },
    });

    const read = await markRead(threadId, reader);
    expect(read).toEqual({ id: threadId, viewerUnreadCount: 0 });
    expect(await state(threadId, reader)).toEqual({
      viewerIsNew: false,
      viewerUnreadCount: 0,
      viewerFirstUnreadPostId: null,
      viewerFirstUnreadCursor: null,
    });

    const first = await reply(threadId, asker, 'Erste Ergänzung');
    await reply(threadId, asker, 'Zweite Ergänzung');
    await reply(threadId, reader, 'Eigene Antwort');
    const s = await state(threadId, reader);
    // The reader replied after both: replying marks the thread read up to the own reply.
    expect(s.viewerUnreadCount).toBe(0);

    const third = await reply(threadId, asker, 'Dritte');
    await reply(threadId, mod, 'Vierte');
    const after = await state(threadId, reader);
    expect(after).toMatchObject({ viewerIsNew: false, viewerUnreadCount: 2, viewerFirstUnreadPostId: third });
    // The cursor starts the posts page at the first unread post.
    const page = ok(
      await t.gql(
        `query($id: ID!, $after: String) { thread(id: $id) { posts(first: 1, after: $after) { edges { node { id } } } } }`,
        { id: threadId, after: after.viewerFirstUnreadCursor },
        { token: reader.token },
      ),
    );
    expect(page.thread.posts.edges[0].node.id).toBe(third);
    expect(await topicCounts(topic, reader)).toMatchObject({
      viewerUnreadThreadCount: 1,
      viewerNewThreadCount: 0,
    });

    // Read up to a given post only.
    await markRead(threadId, reader, third);
    expect((await state(threadId, reader)).viewerUnreadCount).toBe(1);
    expect(first).toBeDefined();
    expect(board).toBeDefined();
  });

  it('does not count hidden or deleted posts', async () => {
    const { topic, asker, reader } = await world();
    const threadId = await ask(topic, asker);
    await markRead(threadId, reader);
    const hidden = await reply(threadId, asker, 'wird ausgeblendet');
    const deleted = await reply(threadId, asker, 'wird gelöscht');
    expect((await state(threadId, reader)).viewerUnreadCount).toBe(2);
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Off-Topic") { id } }`,
        { id: hidden },
        { token: mod.token },
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { deletePost(postId: $id) { id } }`,
        { id: deleted },
        { token: asker.token },
      ),
    );
    expect(await state(threadId, reader)).toMatchObject({
      viewerUnreadCount: 0,
      viewerFirstUnreadPostId: null,
    });
    expect((await topicCounts(topic, reader)).viewerUnreadThreadCount).toBe(0);
  });

  it('marks all read per topic, per board and globally', async () => {
    const { board, topic, asker, reader } = await world();
    const topic2 = await createTopic(t.ds, board);
    const otherBoard = await createBoard(t.ds);
    const otherTopic = await createTopic(t.ds, otherBoard);
    const a = await ask(topic, asker);
    const b = await ask(topic2, asker);
    const c = await ask(otherTopic, asker);
    expect((await topicCounts(topic, reader)).board.viewerUnreadThreadCount).toBe(2);

    expect(await markAll(reader, { topicId: topic })).toBe(true);
    expect((await topicCounts(topic, reader)).viewerUnreadThreadCount).toBe(0);
    expect((await topicCounts(topic2, reader)).viewerUnreadThreadCount).toBe(1);
    expect((await state(a, reader)).viewerIsNew).toBe(false);

    // A reply after the mark is unread again.
    await reply(a, asker);
    expect((await state(a, reader)).viewerUnreadCount).toBe(1);

    await markAll(reader, { boardId: board });
    expect((await topicCounts(topic, reader)).board.viewerUnreadThreadCount).toBe(0);
    expect((await state(b, reader)).viewerUnreadCount).toBe(0);
    expect((await topicCounts(otherTopic, reader)).viewerUnreadThreadCount).toBe(1);

    await markAll(reader);
    expect((await state(c, reader)).viewerUnreadCount).toBe(0);
    expect((await topicCounts(otherTopic, reader)).board.viewerUnreadThreadCount).toBe(0);
    // One row per scope, not per thread.
    const marks: { n: number }[] = await t.ds.query(
      'SELECT count(*)::int AS n FROM read_marks WHERE user_id = $1',
      [reader.id],
    );
    expect(marks[0].n).toBe(1);

    const bad = await t.gql(
      `mutation($b: ID, $t: ID) { markAllRead(boardId: $b, topicId: $t) }`,
      { b: board, t: topic },
      { token: reader.token },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await t.gql(
          `mutation { markAllRead(topicId: "00000000-0000-4000-8000-000000000000") }`,
          {},
          { token: reader.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(`mutation { markAllRead(topicId: "nope") }`, {}, { token: reader.token })),
    ).toBe('BAD_USER_INPUT');
  });

  it('lets the unread state follow a moved thread to its new topic', async () => {
    const { board, topic, asker, reader } = await world();
    const target = await createTopic(t.ds, board);
    const read = await ask(topic, asker, 'Gelesene Frage');
    const unread = await ask(topic, asker, 'Ungelesene Frage');
    const markedOnly = await ask(topic, asker, 'Per Themen-Markierung gelesen');
    await markRead(read, reader);
    await reply(unread, asker);
    await markAll(reader, { topicId: topic });
    await reply(unread, asker, 'nach der Markierung');
    expect((await topicCounts(topic, reader)).viewerUnreadThreadCount).toBe(1);

    const move = (id: string) =>
      t.gql(
        `mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, topicId: $to) { id } }`,
        { id, to: target },
        { token: mod.token },
      );
    for (const id of [read, unread, markedOnly]) ok(await move(id));
    expect((await topicCounts(topic, reader)).viewerUnreadThreadCount).toBe(0);
    // Only the thread with a reply after the marks is unread in the new topic.
    expect((await topicCounts(target, reader)).viewerUnreadThreadCount).toBe(1);
    expect((await state(markedOnly, reader)).viewerUnreadCount).toBe(0);
    expect((await state(unread, reader)).viewerUnreadCount).toBe(1);
  });

  it('counts the posts of a merged thread in the target', async () => {
    const { topic, asker, reader } = await world();
    const other = await createUser(t.ds);
    const target = await ask(topic, asker, 'Zielfrage');
    await markRead(target, reader);
    const source = await ask(topic, other, 'Doppelte Frage');
    await reply(source, asker, 'Antwort in der doppelten Frage');
    expect((await topicCounts(topic, reader)).viewerUnreadThreadCount).toBe(1);
    ok(
      await t.gql(
        `mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t) { id } }`,
        { s: source, t: target },
        { token: mod.token },
      ),
    );
    await settle();
    expect(await state(target, reader)).toMatchObject({ viewerIsNew: false, viewerUnreadCount: 2 });
    expect((await topicCounts(topic, reader)).viewerUnreadThreadCount).toBe(1);
    // Marking the merged (pointer) thread read marks its target.
    expect((await markRead(source, reader)).id).toBe(target);
    expect((await state(target, reader)).viewerUnreadCount).toBe(0);
  });

  it('treats what was written before an account existed as read', async () => {
    const { topic, asker } = await world();
    const threadId = await ask(topic, asker);
    const latecomer = await createUser(t.ds);
    expect(await state(threadId, latecomer)).toMatchObject({ viewerIsNew: false, viewerUnreadCount: 0 });
    await reply(threadId, asker);
    expect((await state(threadId, latecomer)).viewerUnreadCount).toBe(1);
  });

  it('treats what is older than the 30-day window as read, for counts and threads alike', async () => {
    const { topic, asker } = await world();
    const old = await ask(topic, asker, 'Alte Frage');
    const recent = await ask(topic, asker, 'Neue Frage');
    // A reader who joined long ago and never opened either; the old question and its posts are 31 days old.
    const reader = await createUser(t.ds);
    await t.ds.query(`UPDATE users SET created_at = now() - interval '400 days' WHERE id = $1`, [reader.id]);
    await t.ds.query(`UPDATE posts SET created_at = now() - interval '31 days' WHERE thread_id = $1`, [old]);
    await t.ds.query(
      `UPDATE threads SET created_at = now() - interval '31 days', last_activity_at = now() - interval '31 days' WHERE id = $1`,
      [old],
    );
    expect(await state(old, reader)).toMatchObject({ viewerIsNew: false, viewerUnreadCount: 0 });
    expect(await state(recent, reader)).toMatchObject({ viewerIsNew: true, viewerUnreadCount: 1 });
    expect(await topicCounts(topic, reader)).toMatchObject({
      viewerUnreadThreadCount: 1,
      viewerNewThreadCount: 1,
    });
    // A reply inside the window makes the old question unread again (not new: it was asked before).
    await reply(old, asker, 'Nachtrag');
    expect(await state(old, reader)).toMatchObject({ viewerIsNew: false, viewerUnreadCount: 1 });
    expect(await topicCounts(topic, reader)).toMatchObject({
      viewerUnreadThreadCount: 2,
      viewerNewThreadCount: 1,
    });
  });

  it('refuses guests and unknown threads', async () => {
    const { topic, asker } = await world();
    const threadId = await ask(topic, asker);
    expect(
      errorCode(await t.gql(`mutation($id: ID!) { markThreadRead(threadId: $id) { id } }`, { id: threadId })),
    ).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await t.gql(
          `mutation { markThreadRead(threadId: "00000000-0000-4000-8000-000000000000") { id } }`,
          {},
          {
            token: asker.token,
          },
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
