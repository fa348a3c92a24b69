import { OrganisationKind, Role } from '@forum/shared';
import { addBoardModerator, createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { countQueries } from '../../test/query-counter';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';

// The reply in one statement (reply-statement.ts) against the transactional path it replaces: the same
// consequences, the same refusals, idempotency under a race, and no transaction of its own.
describe('a reply in one statement (real PostgreSQL)', () => {
  let t: TestApp;
  let boardId: string;
  let topicId: string;
  let asker: TestUser;
  let replier: TestUser;
  let land: TestUser;

  const CREATE_THREAD = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
  const REPLY = `mutation($i: CreatePostInput!) { createPost(input: $i) { id official thread { replyCount } } }`;
  const reply = (as: TestUser, threadId: string, extra: Record<string, unknown> = {}) =>
    t.gql(REPLY, { i: { threadId, body: 'Eine Antwort mit Inhalt.', ...extra } }, { token: as.token });
  const newThread = async () =>
    ok(
      await t.gql(
        CREATE_THREAD,
        { i: { topicId, title: `Frage ${Math.random()}`, body: 'Wie geht das?' } },
        { token: asker.token },
      ),
    ).createThread.id as string;

  beforeAll(async () => {
    t = await startTestApp();
    boardId = await createBoard(t.ds);
    topicId = await createTopic(t.ds, boardId);
    asker = await createUser(t.ds);
    replier = await createUser(t.ds);
    land = await createUser(t.ds, { kind: OrganisationKind.LAND });
  });
  afterAll(() => t.close());

  it('has a statement step for every write consequence of PostCreated', () => {
    expect(t.app.get(DomainEventsService).statementStepsOf('PostCreated')).toHaveLength(3);
  });

  it('counts, marks read, watches and finishes the draft in one statement without a transaction', async () => {
    const threadId = await newThread();
    ok(
      await t.gql(
        `mutation($k: String!) { saveDraft(key: $k, body: "halb") { key } }`,
        { k: `thread:${threadId}` },
        { token: replier.token },
      ),
    );
    let postId = '';
    const { statements } = await countQueries(async () => {
      postId = ok(await reply(replier, threadId)).createPost.id;
    });
    // (The notification fan-out after commit writes too: only the reply's own tables count here.)
    const writes = statements.filter((s) =>
      /INSERT INTO posts|UPDATE threads|INTO thread_reads|INSERT INTO watches|DELETE FROM drafts/.test(s),
    );
    expect(writes).toHaveLength(1);
    expect(statements.some((s) => /^\s*(BEGIN|START TRANSACTION)/i.test(s))).toBe(false);
    await t.app.get(DomainEventsService).drain();

    const [state] = await t.ds.query(
      `SELECT th.reply_count,
              (SELECT tr.read_at = p.created_at FROM thread_reads tr WHERE tr.user_id = $2 AND tr.thread_id = th.id) AS read,
              (SELECT w.level FROM watches w WHERE w.user_id = $2 AND w.target_type = 'THREAD' AND w.target_id = th.id) AS level,
              (SELECT count(*)::int FROM drafts d WHERE d.user_id = $2) AS drafts
         FROM threads th JOIN posts p ON p.id = $3 WHERE th.id = $1`,
      [threadId, replier.id, postId],
    );
    expect(state).toEqual({ reply_count: 1, read: true, level: 'WATCHING', drafts: 0 });
  });

  it('keeps a mute a mute and an official answer official (first Land answer recorded)', async () => {
    const threadId = await newThread();
    ok(
      await t.gql(
        `mutation($id: ID!) { watch(targetType: THREAD, targetId: $id, level: MUTED) }`,
        { id: threadId },
        { token: land.token },
      ),
    );
    expect(ok(await reply(land, threadId)).createPost.official).toBe(true);
    const [row] = await t.ds.query(
      `SELECT th.first_land_answer_at IS NOT NULL AS answered, w.level FROM threads th
         JOIN watches w ON w.target_id = th.id AND w.user_id = $2 WHERE th.id = $1`,
      [threadId, land.id],
    );
    expect(row).toEqual({ answered: true, level: 'MUTED' });
  });

  it('answers the same clientId twice at once with one post, counted once', async () => {
    const threadId = await newThread();
    const clientId = '6f1c2a4e-3b8d-4c5e-9f7a-1b2c3d4e5f60';
    const [a, b] = await Promise.all([
      reply(replier, threadId, { clientId }),
      reply(replier, threadId, { clientId }),
    ]);
    expect(ok(a).createPost.id).toBe(ok(b).createPost.id);
    const again = ok(await reply(replier, threadId, { clientId })).createPost;
    expect(again.id).toBe(ok(a).createPost.id);
    const [row] = await t.ds.query(
      'SELECT reply_count, (SELECT count(*)::int FROM posts WHERE thread_id = $1) AS posts FROM threads WHERE id = $1',
      [threadId],
    );
    expect(row).toEqual({ reply_count: 1, posts: 2 });
  });

  it('refuses a locked thread and a missing one, and lets the board moderator past the lock', async () => {
    const threadId = await newThread();
    await t.ds.query('UPDATE threads SET locked = true WHERE id = $1', [threadId]);
    expect(errorCode(await reply(replier, threadId))).toBe('FORBIDDEN');
    expect(errorCode(await reply(replier, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');

    const moderator = await createUser(t.ds, { role: Role.USER });
    await addBoardModerator(t.ds, boardId, moderator.id);
    expect(ok(await reply(moderator, threadId)).createPost.thread.replyCount).toBe(1);
    const [{ posts }] = await t.ds.query('SELECT count(*)::int AS posts FROM posts WHERE thread_id = $1', [
      threadId,
    ]);
    expect(posts).toBe(2);
  });
});
