import { OrganisationKind, Role } from '@forum/shared';
import {
  addBoardModerator,
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import type { DomainEvent } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';

const THREAD = `query($id: ID!) { thread(id: $id) { id title locked pinned replyCount state viewerCanReply mergedInto { id }
  topic { id } acceptedPost { id }
  posts(first: 50) { totalCount edges { node { id body bodyHtml hidden hiddenReason createdAt } } } } }`;
const TOPIC_THREADS = `query($id: ID!) { topic(id: $id) { threads(first: 50) { totalCount edges { node { id pinned } } } } }`;

describe('thread moderation (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let land: string;
  let boardA: string;
  let boardB: string;
  let topicA: string;
  let topicA2: string;
  let topicB: string;
  let asker: TestUser;
  let replier: TestUser;
  let reader: TestUser;
  let boardModA: TestUser;
  let boardModB: TestUser;
  let moderator: TestUser;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    land = await createOrganisation(t.ds, OrganisationKind.LAND);
    boardA = await createBoard(t.ds);
    boardB = await createBoard(t.ds);
    topicA = await createTopic(t.ds, boardA, { leadLandId: land });
    topicA2 = await createTopic(t.ds, boardA);
    topicB = await createTopic(t.ds, boardB);
    asker = await createUser(t.ds);
    replier = await createUser(t.ds, { organisationId: land });
    reader = await createUser(t.ds);
    boardModA = await createUser(t.ds);
    boardModB = await createUser(t.ds);
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
    await addBoardModerator(t.ds, boardA, boardModA.id);
    await addBoardModerator(t.ds, boardB, boardModB.id);
    const bus = t.app.get(DomainEventsService);
    for (const type of ['ThreadModerated', 'ThreadsMerged'] as const)
      bus.on(type, (e) => void events.push(e));
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });
  const ask = async (user = asker, topicId = topicA, title = 'Wie binden wir das Fachverfahren an?') =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body: `Frage: ${title}` } },
        as(user),
      ),
    ).createThread.id as string;
  const reply = (user: TestUser, threadId: string, body = 'Eine Antwort') =>
    t.gql(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { threadId, body } },
      as(user),
    );
  const page = async (id: string, user: TestUser = reader) =>
    ok(await t.gql(THREAD, { id }, as(user))).thread;
  const audit = (targetId: string) =>
    t.ds.query(
      `SELECT action, actor_id, reason FROM audit_entries WHERE target_id = $1 ORDER BY created_at, id`,
      [targetId],
    );

  it('locks a thread: users cannot reply, its moderators can; unlocking allows replies again', async () => {
    const threadId = await ask();
    const lock = (locked: boolean) =>
      t.gql(
        `mutation($id: ID!, $l: Boolean!) { lockThread(threadId: $id, locked: $l) { id locked } }`,
        { id: threadId, l: locked },
        as(boardModA),
      );
    expect(ok(await lock(true)).lockThread).toEqual({ id: threadId, locked: true });
    expect(errorCode(await reply(replier, threadId))).toBe('FORBIDDEN');
    expect(errorCode(await reply(asker, threadId))).toBe('FORBIDDEN');
    expect((await page(threadId, replier)).viewerCanReply).toBe(false);
    expect((await page(threadId, boardModA)).viewerCanReply).toBe(true);
    ok(await reply(boardModA, threadId, 'Hinweis der Moderation'));
    ok(await lock(false));
    ok(await reply(replier, threadId));
    expect((await audit(threadId)).map((a: { action: string }) => a.action)).toEqual([
      'THREAD_LOCKED',
      'THREAD_UNLOCKED',
    ]);
  });

  it('pins a thread to the top of its topic', async () => {
    const topic = await createTopic(t.ds, boardA);
    const first = await ask(asker, topic, 'Ältere Frage zum Pinnen');
    await ask(asker, topic, 'Neuere Frage ohne Pin');
    const pin = await t.gql(
      `mutation($id: ID!) { pinThread(threadId: $id, pinned: true) { pinned } }`,
      { id: first },
      as(moderator),
    );
    expect(ok(pin).pinThread.pinned).toBe(true);
    const list = ok(await t.gql(TOPIC_THREADS, { id: topic }, as(reader))).topic.threads;
    expect(list.edges[0].node).toEqual({ id: first, pinned: true });
    expect((await audit(first))[0]).toMatchObject({ action: 'THREAD_PINNED', actor_id: moderator.id });
  });

  it('moves a thread to another topic, requiring moderation of both boards', async () => {
    const threadId = await ask();
    const move = (topicId: string, user: TestUser) =>
      t.gql(
        `mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, topicId: $to) { id topic { id } } }`,
        { id: threadId, to: topicId },
        as(user),
      );
    expect(errorCode(await move(topicB, boardModA))).toBe('FORBIDDEN');
    expect(errorCode(await move(topicB, boardModB))).toBe('FORBIDDEN');
    expect(ok(await move(topicA2, boardModA)).moveThread.topic.id).toBe(topicA2);
    await addBoardModerator(t.ds, boardB, boardModA.id);
    try {
      expect(ok(await move(topicB, boardModA)).moveThread.topic.id).toBe(topicB);
    } finally {
      await t.ds.query('DELETE FROM board_moderators WHERE board_id = $1 AND user_id = $2', [
        boardB,
        boardModA.id,
      ]);
    }
    const inB = ok(await t.gql(TOPIC_THREADS, { id: topicB }, as(reader))).topic.threads.edges;
    expect(inB.map((e: { node: { id: string } }) => e.node.id)).toContain(threadId);
    const moved = await audit(threadId);
    expect(moved.map((a: { action: string }) => a.action)).toEqual(['THREAD_MOVED', 'THREAD_MOVED']);
    expect(moved[0].reason).toMatch(/^Von „.*“ nach „.*“$/);
    const archived = await createTopic(t.ds, boardA, { archived: true });
    expect(errorCode(await move(archived, moderator))).toBe('BAD_USER_INPUT');
  });

  it('merges threads: every post in time order, the source leads to the target and leaves the topic list', async () => {
    const topic = await createTopic(t.ds, boardA);
    const target = await ask(asker, topic, 'Zielfrage zur Zusammenführung');
    ok(await reply(replier, target, 'Antwort 1 (Ziel)'));
    const source = await ask(reader, topic, 'Doppelte Frage zur Zusammenführung');
    ok(await reply(replier, source, 'Antwort 2 (Quelle)'));
    ok(await reply(boardModA, target, 'Antwort 3 (Ziel)'));
    const hidden = ok(await reply(replier, source, 'Antwort 4 (Quelle, ausgeblendet)')).createPost.id;
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Doppelt") { id } }`,
        { id: hidden },
        as(moderator),
      ),
    );
    const merge = (s: string, tg: string, user: TestUser) =>
      t.gql(
        `mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t) { id replyCount } }`,
        { s, t: tg },
        as(user),
      );
    expect(errorCode(await merge(source, target, boardModB))).toBe('FORBIDDEN');
    expect(errorCode(await merge(source, source, boardModA))).toBe('BAD_USER_INPUT');
    expect(ok(await merge(source, target, boardModA)).mergeThreads).toEqual({ id: target, replyCount: 4 });

    const merged = await page(target, moderator);
    const times = merged.posts.edges.map((e: { node: { createdAt: string } }) => e.node.createdAt);
    expect(merged.posts.totalCount).toBe(6);
    expect([...times].sort()).toEqual(times);
    expect(merged.posts.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual([
      'Frage: Zielfrage zur Zusammenführung',
      'Antwort 1 (Ziel)',
      'Frage: Doppelte Frage zur Zusammenführung',
      'Antwort 2 (Quelle)',
      'Antwort 3 (Ziel)',
      'Antwort 4 (Quelle, ausgeblendet)',
    ]);
    const viaSource = await page(source);
    expect(viaSource).toMatchObject({ id: target, mergedInto: null });
    const [row] = await t.ds.query('SELECT merged_into_id, locked FROM threads WHERE id = $1', [source]);
    expect(row).toEqual({ merged_into_id: target, locked: true });
    const list = ok(await t.gql(TOPIC_THREADS, { id: topic }, as(reader))).topic.threads;
    expect(list.totalCount).toBe(1);
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([target]);
    expect(errorCode(await merge(source, target, moderator))).toBe('BAD_USER_INPUT');
    expect((await audit(source)).at(-1)).toMatchObject({ action: 'THREADS_MERGED', actor_id: boardModA.id });
    await t.app.get(DomainEventsService).drain();
    expect(events).toContainEqual({
      type: 'ThreadsMerged',
      actorId: boardModA.id,
      sourceThreadId: source,
      targetThreadId: target,
    });

    // A later merge of the target carries the earlier source along (one hop on lookup).
    const final = await ask(asker, topic, 'Endgültige Frage nach zwei Merges');
    ok(await merge(target, final, moderator));
    expect((await page(source)).id).toBe(final);
    expect((await page(final)).posts.totalCount).toBe(7);
  });

  it('needs both boards to merge across boards and refuses moderating a merged source', async () => {
    const source = await ask(asker, topicB, 'Frage im Bereich B zum Zusammenführen');
    const target = await ask(asker, topicA, 'Frage im Bereich A zum Zusammenführen');
    const merge = (user: TestUser) =>
      t.gql(
        `mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t) { id } }`,
        { s: source, t: target },
        as(user),
      );
    expect(errorCode(await merge(boardModA))).toBe('FORBIDDEN');
    expect(errorCode(await merge(boardModB))).toBe('FORBIDDEN');
    ok(await merge(moderator));
    const lock = await t.gql(
      `mutation($id: ID!) { lockThread(threadId: $id, locked: false) { id } }`,
      { id: source },
      as(moderator),
    );
    expect(errorCode(lock)).toBe('BAD_USER_INPUT');
  });
});
