import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import type { Socket } from 'socket.io-client';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { connectSocket, emitWithAck, record, settle } from '../../test/sockets';
import { ok, startInstancePair, startTestApp, type TestApp } from '../../test/test-app';

const ASK = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const REPLY = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
const WATCH = `mutation($t: WatchTarget!, $id: ID!, $l: WatchLevel!) { watch(targetType: $t, targetId: $id, level: $l) }`;

describe('real time on one instance (Socket.IO, real PostgreSQL)', () => {
  let t: TestApp;
  let topicId: string;
  let boardId: string;
  let asker: TestUser;
  let landRep: TestUser;
  const sockets: Socket[] = [];
  const connect = async (user: TestUser) => {
    const s = await connectSocket(t.url, { token: user.token });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen', code: 'HE' });
    boardId = await createBoard(t.ds);
    topicId = await createTopic(t.ds, boardId, { title: 'Führerschein', leadLandId: land });
    asker = await createUser(t.ds, { displayName: 'Julia Berger' });
    landRep = await createUser(t.ds, { organisationId: land, displayName: 'Thomas Wagner' });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('refuses sockets without a valid session', async () => {
    await expect(connectSocket(t.url)).rejects.toThrow('UNAUTHENTICATED');
    await expect(connectSocket(t.url, { token: 'falsch' })).rejects.toThrow('UNAUTHENTICATED');
    const pending = await createUser(t.ds, { status: UserStatus.PENDING });
    await expect(connectSocket(t.url, { token: pending.token })).rejects.toThrow('FORBIDDEN');
  });

  it('authenticates with the session cookie too', async () => {
    const user = await createUser(t.ds);
    const socket = await connectSocket(t.url, { cookie: `forum_session=${user.token}` });
    sockets.push(socket);
    expect(socket.connected).toBe(true);
  });

  it('refuses cross-site browser handshakes', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(t.url, {
      transports: ['websocket'],
      auth: { token: asker.token },
      extraHeaders: { origin: 'https://evil.example' },
      reconnection: false,
    });
    await expect(
      new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', (err) => reject(err));
      }),
    ).rejects.toBeTruthy();
    socket.close();
  });

  it('checks thread:join like a read', async () => {
    const socket = await connect(asker);
    expect(await emitWithAck(socket, 'thread:join', { threadId: 'x' })).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    expect(
      await emitWithAck(socket, 'thread:join', { threadId: '00000000-0000-4000-8000-000000000000' }),
    ).toEqual({ ok: false, code: 'NOT_FOUND' });
  });

  it('notifies the lead Land of a new question, the asker of the official answer, and readers of the thread', async () => {
    const landSocket = await connect(landRep);
    const landEvents = record(landSocket, 'notification', 'notification:count');
    const askerSocket = await connect(asker);
    const askerEvents = record(askerSocket, 'notification', 'notification:count');

    const thread = ok(
      await t.gql(
        ASK,
        { i: { topicId, title: 'Anbindung an das Fachverfahren?', body: 'Wie geht das?' } },
        { token: asker.token },
      ),
    ).createThread;
    await landEvents.until(() => landEvents.of('notification').length === 1);
    expect(landEvents.of('notification')[0]).toMatchObject({
      type: 'NEW_THREAD',
      read: false,
      thread: { id: thread.id, title: 'Anbindung an das Fachverfahren?' },
      actor: { displayName: 'Julia Berger' },
    });
    // The count follows once the notification is stored (the push itself comes first).
    await landEvents.until(() => landEvents.of('notification:count').at(-1)?.unread === 1);
    const [stored] = ok(
      await t.gql(`{ notifications(first: 1) { edges { node { id } } } }`, {}, { token: landRep.token }),
    ).notifications.edges;
    expect(stored.node.id).toBe(landEvents.of('notification')[0].id); // pushed and stored are the same

    const reader = await createUser(t.ds);
    const readerSocket = await connect(reader);
    const readerEvents = record(readerSocket, 'post:created', 'notification');
    expect(await emitWithAck(readerSocket, 'thread:join', { threadId: thread.id })).toEqual({ ok: true });

    const post = ok(
      await t.gql(REPLY, { i: { threadId: thread.id, body: 'So geht das.' } }, { token: landRep.token }),
    ).createPost;
    await askerEvents.until(() => askerEvents.of('notification').length === 1);
    expect(askerEvents.of('notification')[0]).toMatchObject({
      type: 'OFFICIAL_ANSWER',
      post: { id: post.id },
      thread: { id: thread.id },
    });
    await readerEvents.until(() => readerEvents.of('post:created').length === 1);
    expect(readerEvents.of('post:created')[0]).toEqual({ threadId: thread.id, postId: post.id });
    await settle();
    expect(readerEvents.of('notification')).toEqual([]); // reading is not watching
    expect(landEvents.of('notification')).toHaveLength(1); // the actor is never notified of their own post

    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: post.id },
        { token: asker.token },
      ),
    );
    await landEvents.until(() => landEvents.of('notification').length === 2);
    expect(landEvents.of('notification')[1]).toMatchObject({ type: 'ANSWER_ACCEPTED' });
  });

  it('respects mutes and notifies mentions once, with the most specific type', async () => {
    const thread = ok(
      await t.gql(
        ASK,
        { i: { topicId, title: 'Frage mit Erwähnung', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread;
    const muter = await createUser(t.ds);
    const boardWatcher = await createUser(t.ds, { displayName: 'Anna Beispiel' });
    ok(await t.gql(WATCH, { t: 'BOARD', id: boardId, l: 'WATCHING' }, { token: muter.token }));
    ok(await t.gql(WATCH, { t: 'THREAD', id: thread.id, l: 'MUTED' }, { token: muter.token }));
    ok(await t.gql(WATCH, { t: 'BOARD', id: boardId, l: 'WATCHING' }, { token: boardWatcher.token }));
    const muterEvents = record(await connect(muter), 'notification');
    const watcherEvents = record(await connect(boardWatcher), 'notification');
    const askerEvents = record(await connect(asker), 'notification');

    const replier = await createUser(t.ds);
    ok(
      await t.gql(
        REPLY,
        { i: { threadId: thread.id, body: 'Siehe @Anna Beispiel und @Julia Berger.' } },
        { token: replier.token },
      ),
    );
    await watcherEvents.until(() => watcherEvents.of('notification').length === 1);
    await askerEvents.until(() => askerEvents.of('notification').length === 1);
    await settle();
    expect(watcherEvents.of('notification').map((n) => n.type)).toEqual(['MENTION']);
    expect(askerEvents.of('notification').map((n) => n.type)).toEqual(['MENTION']);
    expect(muterEvents.of('notification')).toEqual([]);

    const level = ok(
      await t.gql(
        `query($id: ID!) { thread(id: $id) { viewerWatchLevel } }`,
        { id: thread.id },
        { token: muter.token },
      ),
    );
    expect(level.thread.viewerWatchLevel).toBe('MUTED');
    ok(await t.gql(WATCH, { t: 'THREAD', id: thread.id, l: 'NONE' }, { token: muter.token }));
    const after = ok(
      await t.gql(
        `query($id: ID!) { thread(id: $id) { viewerWatchLevel } }`,
        { id: thread.id },
        { token: muter.token },
      ),
    );
    expect(after.thread.viewerWatchLevel).toBe('NONE');
  });

  it('lets a client catch up after being offline and mark notifications read', async () => {
    const user = await createUser(t.ds);
    const thread = ok(
      await t.gql(ASK, { i: { topicId, title: 'Offline verpasst', body: 'Text' } }, { token: user.token }),
    ).createThread;
    const socket = await connect(user);
    socket.close(); // laptop closed
    const other = await createUser(t.ds);
    ok(
      await t.gql(
        REPLY,
        { i: { threadId: thread.id, body: 'Antwort während offline' } },
        { token: other.token },
      ),
    );
    await settle();

    const again = await connect(user);
    const events = record(again, 'notification:count');
    const missed = ok(
      await t.gql(
        `{ notifications(first: 10, unreadOnly: true) { totalCount edges { node { id type read thread { id } post { body } actor { id } } } } unreadNotificationCount }`,
        {},
        { token: user.token },
      ),
    );
    expect(missed.notifications.totalCount).toBe(1);
    expect(missed.notifications.edges[0].node).toMatchObject({
      type: 'REPLY',
      read: false,
      thread: { id: thread.id },
      post: { body: 'Antwort während offline' },
      actor: { id: other.id },
    });
    expect(missed.unreadNotificationCount).toBe(1);

    const marked = ok(await t.gql(`mutation { markNotificationsRead }`, {}, { token: user.token }));
    expect(marked.markNotificationsRead).toBe(1);
    await events.until(() => events.of('notification:count').some((c) => c.unread === 0));
    expect(
      ok(await t.gql(`{ notifications(unreadOnly: true) { totalCount } }`, {}, { token: user.token }))
        .notifications.totalCount,
    ).toBe(0);
    expect(
      ok(
        await t.gql(
          `mutation { markNotificationsRead(ids: ["00000000-0000-4000-8000-000000000000"]) }`,
          {},
          { token: user.token },
        ),
      ).markNotificationsRead,
    ).toBe(0);
  });

  it('streams public activity to the presenter view', async () => {
    const presenter = await createUser(t.ds);
    const socket = await connect(presenter);
    const events = record(socket, 'activity');
    expect(await emitWithAck(socket, 'activity:join', {})).toEqual({ ok: true });
    const thread = ok(
      await t.gql(
        ASK,
        { i: { topicId, title: 'Live für die AL-Runde', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread;
    const answer = ok(
      await t.gql(
        REPLY,
        { i: { threadId: thread.id, body: 'Offizielle Antwort' } },
        { token: landRep.token },
      ),
    ).createPost;
    await events.until(() => events.of('activity').length === 2);
    expect(events.of('activity')[0]).toMatchObject({
      kind: 'QUESTION',
      actor: { displayName: 'Julia Berger' },
      thread: { id: thread.id, title: 'Live für die AL-Runde' },
      topic: { id: topicId, title: 'Führerschein' },
    });
    expect(events.of('activity')[1]).toMatchObject({
      kind: 'OFFICIAL_ANSWER',
      actor: { displayName: 'Thomas Wagner', organisation: 'Hessen' },
      postId: answer.id,
    });

    // A Land's ordinary note is an ANSWER; a hidden post says which post it was, so the view withdraws it.
    const note = ok(
      await t.gql(
        REPLY,
        { i: { threadId: thread.id, body: 'Nur eine Anmerkung', official: false } },
        { token: landRep.token },
      ),
    ).createPost;
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Test") { id } }`,
        { id: note.id },
        { token: moderator.token },
      ),
    );
    // A Kommune's approved account is news for the AL-Runde.
    const newcomer = await createUser(t.ds, { status: UserStatus.PENDING, displayName: 'Nina Neu' });
    ok(
      await t.gql(
        `mutation($id: ID!) { approveUser(userId: $id) { id } }`,
        { id: newcomer.id },
        { token: moderator.token },
      ),
    );
    await events.until(() => events.of('activity').length === 5);
    expect(events.of('activity').slice(2)).toMatchObject([
      { kind: 'ANSWER', postId: note.id },
      { kind: 'POST_HIDDEN', postId: note.id, actor: null },
      { kind: 'KOMMUNE_JOINED', actor: { displayName: 'Nina Neu' }, postId: null },
    ]);
  });

  it('disconnects the sockets of a session that signs out', async () => {
    const user = await createUser(t.ds);
    const socket = await connect(user);
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    ok(await t.gql(`mutation { logout }`, {}, { token: user.token }));
    await expect(gone).resolves.toBeDefined();
  });
});

const redisUrl = process.env.FORUM_TEST_REDIS_URL;
const withRedis = redisUrl ? describe : describe.skip;

withRedis('real time across two API instances sharing PostgreSQL and Redis', () => {
  let a: TestApp;
  let b: TestApp;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ({ a, b } = await startInstancePair(redisUrl!));
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await b.close();
    await a.close();
  });

  it('delivers every event exactly once to every recipient, whichever instance it is on', async () => {
    const land = await createOrganisation(a.ds, OrganisationKind.LAND);
    const board = await createBoard(a.ds);
    const topic = await createTopic(a.ds, board, { leadLandId: land });
    const asker = await createUser(a.ds);
    const rep = await createUser(a.ds, { organisationId: land });
    const outsider = await createUser(a.ds);
    const muted = await createUser(a.ds);
    ok(await a.gql(WATCH, { t: 'TOPIC', id: topic, l: 'MUTED' }, { token: muted.token }));
    ok(await a.gql(WATCH, { t: 'BOARD', id: board, l: 'WATCHING' }, { token: muted.token }));

    const open = async (app: TestApp, user: TestUser) => {
      const s = await connectSocket(app.url, { token: user.token });
      sockets.push(s);
      return s;
    };
    const askerOnB = record(await open(b, asker), 'notification', 'post:created');
    const askerOnA = record(await open(a, asker), 'notification');
    const repOnB = record(await open(b, rep), 'notification');
    const outsiderOnA = record(await open(a, outsider), 'notification', 'post:created');
    const mutedOnB = record(await open(b, muted), 'notification');

    const thread = ok(
      await a.gql(
        ASK,
        { i: { topicId: topic, title: 'Über zwei Instanzen', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread;
    await repOnB.until(() => repOnB.of('notification').length === 1);

    const readerSocket = sockets[0];
    expect(await emitWithAck(readerSocket, 'thread:join', { threadId: thread.id })).toEqual({ ok: true });
    const outsiderSocket = sockets[3];
    expect(await emitWithAck(outsiderSocket, 'thread:join', { threadId: thread.id })).toEqual({ ok: true });

    const post = ok(
      await a.gql(REPLY, { i: { threadId: thread.id, body: 'Antwort des Landes' } }, { token: rep.token }),
    ).createPost;
    await askerOnB.until(
      () => askerOnB.of('notification').length === 1 && askerOnB.of('post:created').length === 1,
    );
    await askerOnA.until(() => askerOnA.of('notification').length === 1);
    await outsiderOnA.until(() => outsiderOnA.of('post:created').length === 1);
    await settle(600);

    expect(askerOnB.of('notification')).toHaveLength(1);
    expect(askerOnA.of('notification')).toHaveLength(1);
    expect(askerOnB.of('notification')[0].id).toBe(askerOnA.of('notification')[0].id);
    expect(askerOnB.of('post:created')).toEqual([{ threadId: thread.id, postId: post.id }]);
    expect(outsiderOnA.of('post:created')).toHaveLength(1);
    expect(outsiderOnA.of('notification')).toEqual([]);
    expect(mutedOnB.of('notification')).toEqual([]);
    expect(repOnB.of('notification')).toHaveLength(1);
  });

  it('disconnects a signed-out session on the other instance', async () => {
    const user = await createUser(a.ds);
    const socket = await connectSocket(b.url, { token: user.token });
    sockets.push(socket);
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    ok(await a.gql(`mutation { logout }`, {}, { token: user.token }));
    await expect(gone).resolves.toBeDefined();
  });
});
