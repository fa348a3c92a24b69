import { Role } from '@forum/shared';
import { addBoardModerator, createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import type { DomainEvent } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';

const FLAG = `mutation($id: ID!, $r: String!, $c: String) { flagPost(postId: $id, reason: $r, comment: $c) {
  id reason comment state createdAt resolvedAt resolvedBy { id } reporter { id } post { id } } }`;
const FLAGS = `query($state: FlagState, $after: String, $first: Int) { flags(state: $state, after: $after, first: $first) {
  totalCount pageInfo { endCursor hasNextPage } edges { node { id state reason post { id body } } } } }`;
const RESOLVE = `mutation($id: ID!, $d: Boolean, $n: String) { resolveFlag(flagId: $id, dismiss: $d, note: $n) {
  id state resolvedAt resolutionNote resolvedBy { id } } }`;

describe('flags and the audit log (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let boardA: string;
  let boardB: string;
  let topicA: string;
  let topicB: string;
  let author: TestUser;
  let boardModA: TestUser;
  let boardModB: TestUser;
  let moderator: TestUser;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    boardA = await createBoard(t.ds);
    boardB = await createBoard(t.ds);
    topicA = await createTopic(t.ds, boardA);
    topicB = await createTopic(t.ds, boardB);
    author = await createUser(t.ds);
    boardModA = await createUser(t.ds);
    boardModB = await createUser(t.ds);
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
    await addBoardModerator(t.ds, boardA, boardModA.id);
    await addBoardModerator(t.ds, boardB, boardModB.id);
    t.app.get(DomainEventsService).on('PostFlagged', (e) => void events.push(e));
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });
  /** A question with one reply by `author`; returns the thread and reply ids. */
  const postIn = async (topicId: string) => {
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title: 'Frage für Meldungen', body: 'Frage' } },
        as(await createUser(t.ds)),
      ),
    ).createThread.id;
    const reply = ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId: thread, body: 'Fragwürdige Antwort' } },
        as(author),
      ),
    ).createPost.id;
    return { thread, reply };
  };

  it('records a flag once per user, parses the reason and notifies through PostFlagged', async () => {
    const { thread, reply } = await postIn(topicA);
    const reporter = await createUser(t.ds);
    const flag = ok(
      await t.gql(FLAG, { id: reply, r: 'beleidigung', c: 'Persönlicher Angriff' }, as(reporter)),
    ).flagPost;
    expect(flag).toMatchObject({
      reason: 'BELEIDIGUNG',
      comment: 'Persönlicher Angriff',
      state: 'OPEN',
      resolvedAt: null,
      resolvedBy: null,
      reporter: { id: reporter.id },
      post: { id: reply },
    });
    expect(errorCode(await t.gql(FLAG, { id: reply, r: 'SPAM' }, as(reporter)))).toBe('CONFLICT');
    const free = ok(
      await t.gql(FLAG, { id: reply, r: 'Enthält eine private Telefonnummer' }, as(await createUser(t.ds))),
    ).flagPost;
    expect(free).toMatchObject({ reason: 'SONSTIGES', comment: 'Enthält eine private Telefonnummer' });
    expect(
      ok(await t.gql(FLAG, { id: reply, r: 'Falsche Information' }, as(await createUser(t.ds)))).flagPost
        .reason,
    ).toBe('FALSCHE_INFORMATION');
    expect(errorCode(await t.gql(FLAG, { id: reply, r: 'SPAM' }, as(author)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(FLAG, { id: reply, r: '   ' }, as(reporter)))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await t.gql(FLAG, { id: '00000000-0000-4000-8000-000000000000', r: 'SPAM' }, as(reporter))),
    ).toBe('NOT_FOUND');
    await t.app.get(DomainEventsService).drain();
    expect(events).toContainEqual({
      type: 'PostFlagged',
      actorId: reporter.id,
      flagId: flag.id,
      postId: reply,
      threadId: thread,
    });
  });

  it('shows flags to the moderators of the board only and lets only them resolve', async () => {
    const inA = await postIn(topicA);
    const inB = await postIn(topicB);
    const flagA = ok(await t.gql(FLAG, { id: inA.reply, r: 'SPAM' }, as(await createUser(t.ds)))).flagPost.id;
    const flagB = ok(await t.gql(FLAG, { id: inB.reply, r: 'SPAM' }, as(await createUser(t.ds)))).flagPost.id;
    const ids = async (user: TestUser) =>
      ok(await t.gql(FLAGS, { first: 100 }, as(user))).flags.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids(boardModB)).toContain(flagB);
    expect(await ids(boardModB)).not.toContain(flagA);
    expect(await ids(boardModA)).toContain(flagA);
    expect(await ids(boardModA)).not.toContain(flagB);
    expect(await ids(moderator)).toEqual(expect.arrayContaining([flagA, flagB]));
    expect(errorCode(await t.gql(FLAGS, {}, as(author)))).toBe('FORBIDDEN');

    expect(errorCode(await t.gql(RESOLVE, { id: flagA }, as(boardModB)))).toBe('FORBIDDEN');
    const resolved = ok(
      await t.gql(RESOLVE, { id: flagA, n: 'Beitrag bearbeitet' }, as(boardModA)),
    ).resolveFlag;
    expect(resolved).toMatchObject({
      id: flagA,
      state: 'RESOLVED',
      resolutionNote: 'Beitrag bearbeitet',
      resolvedBy: { id: boardModA.id },
    });
    expect(resolved.resolvedAt).toEqual(expect.any(String));
    expect(errorCode(await t.gql(RESOLVE, { id: flagA }, as(moderator)))).toBe('CONFLICT');
    expect(ok(await t.gql(RESOLVE, { id: flagB, d: true }, as(moderator))).resolveFlag.state).toBe(
      'DISMISSED',
    );

    const open = ok(await t.gql(FLAGS, { state: 'OPEN', first: 100 }, as(moderator))).flags.edges;
    expect(open.map((e: { node: { id: string } }) => e.node.id)).not.toContain(flagA);
    const audit = await t.ds.query(
      `SELECT action, actor_id, target_id FROM audit_entries WHERE target_type = 'FLAG' AND target_id = ANY($1)
        ORDER BY created_at, id`,
      [[flagA, flagB]],
    );
    expect(audit).toEqual([
      { action: 'FLAG_RESOLVED', actor_id: boardModA.id, target_id: flagA },
      { action: 'FLAG_DISMISSED', actor_id: moderator.id, target_id: flagB },
    ]);
  });

  it('closes the open flags of a post when it is hidden, or all at once', async () => {
    const { reply } = await postIn(topicA);
    for (let i = 0; i < 2; i++) ok(await t.gql(FLAG, { id: reply, r: 'SPAM' }, as(await createUser(t.ds))));
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Werbung") { id } }`,
        { id: reply },
        as(boardModA),
      ),
    );
    const states = await t.ds.query(`SELECT state, resolution_note FROM flags WHERE post_id = $1`, [reply]);
    expect(states).toEqual([
      { state: 'RESOLVED', resolution_note: 'Beitrag ausgeblendet: Werbung' },
      { state: 'RESOLVED', resolution_note: 'Beitrag ausgeblendet: Werbung' },
    ]);

    const other = await postIn(topicA);
    for (let i = 0; i < 3; i++)
      ok(await t.gql(FLAG, { id: other.reply, r: 'SPAM' }, as(await createUser(t.ds))));
    const all = `mutation($id: ID!) { resolveFlagsForPost(postId: $id, dismiss: true) { state } }`;
    expect(errorCode(await t.gql(all, { id: other.reply }, as(boardModB)))).toBe('FORBIDDEN');
    expect(ok(await t.gql(all, { id: other.reply }, as(boardModA))).resolveFlagsForPost).toEqual([
      { state: 'DISMISSED' },
      { state: 'DISMISSED' },
      { state: 'DISMISSED' },
    ]);
  });

  it('pages the review queue newest first', async () => {
    const { reply } = await postIn(topicB);
    const created: string[] = [];
    for (let i = 0; i < 5; i++)
      created.push(ok(await t.gql(FLAG, { id: reply, r: 'SPAM' }, as(await createUser(t.ds)))).flagPost.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const conn: any = ok(await t.gql(FLAGS, { first: 2, after }, as(boardModB))).flags;
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 5)).toEqual([...created].reverse());
  });

  it('lists the audit log newest first with filters, for moderators only, and keeps it append-only', async () => {
    const { thread, reply } = await postIn(topicA);
    ok(
      await t.gql(
        `mutation($id: ID!) { lockThread(threadId: $id, locked: true) { id } }`,
        { id: thread },
        as(boardModA),
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { pinThread(threadId: $id, pinned: true) { id } }`,
        { id: thread },
        as(moderator),
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Off-Topic") { id } }`,
        { id: reply },
        as(moderator),
      ),
    );
    const LOG = `query($action: String, $actorId: ID, $targetType: String, $targetId: ID, $after: String, $first: Int) {
      auditLog(action: $action, actorId: $actorId, targetType: $targetType, targetId: $targetId, after: $after, first: $first) {
        totalCount pageInfo { endCursor hasNextPage } edges { node { id action targetType targetId reason createdAt actor { id } } } } }`;
    const byThread = ok(await t.gql(LOG, { targetId: thread }, as(moderator))).auditLog;
    expect(byThread.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'THREAD_PINNED',
      'THREAD_LOCKED',
    ]);
    expect(byThread.edges[1].node).toMatchObject({ targetType: 'THREAD', actor: { id: boardModA.id } });
    const hidden = ok(
      await t.gql(LOG, { action: 'POST_HIDDEN', actorId: moderator.id }, as(moderator)),
    ).auditLog;
    expect(hidden.edges[0].node).toMatchObject({ targetId: reply, reason: 'Off-Topic', targetType: 'POST' });
    const threads = ok(await t.gql(LOG, { targetType: 'THREAD' }, as(moderator))).auditLog;
    expect(threads.edges.every((e: { node: { targetType: string } }) => e.node.targetType === 'THREAD')).toBe(
      true,
    );

    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const conn: any = ok(await t.gql(LOG, { first: 2, after }, as(moderator))).auditLog;
      pages.push(...conn.edges.map((e: { node: { createdAt: string } }) => e.node.createdAt));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toEqual([...pages].sort().reverse());

    expect(errorCode(await t.gql(LOG, {}, as(boardModA)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(LOG, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LOG, { action: 'drop table' }, as(moderator)))).toBe('BAD_USER_INPUT');
    await expect(t.ds.query(`UPDATE audit_entries SET reason = 'geändert'`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM audit_entries`)).rejects.toThrow(/append-only/);
    const [count] = await t.ds.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE reason = 'geändert'`,
    );
    expect(count.n).toBe(0);
  });
});
