import { OrganisationKind, Role } from '@forum/shared';
import {
  addBoardModerator,
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
  uuid,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id title state locked pinned replyCount author { id } topic { id } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id body bodyHtml official leadLandAnswer accepted hidden author { id organisation { name kind } } } }`;
const THREAD = `query($id: ID!, $first: Int, $after: String) { thread(id: $id) {
  id title state replyCount viewerCanReply viewerCanAccept acceptedPost { id }
  posts(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage }
    edges { node { id body bodyHtml official leadLandAnswer accepted deleted editedAt viewerCanEdit viewerCanDelete author { displayName } revisions { body editor { id } } } } } } }`;

describe('boards, topics, threads and posts (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let hessen: string;
  let boardId: string;
  let topicId: string;
  let kommune: TestUser;
  let otherKommune: TestUser;
  let landRep: TestUser;
  let otherLandRep: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    hessen = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen', code: 'HE' });
    const bayern = await createOrganisation(t.ds, OrganisationKind.LAND, {
      name: 'Freistaat Bayern',
      code: 'BY',
    });
    boardId = await createBoard(t.ds, { slug: 'mobilitaet-reisen', title: 'Mobilität & Reisen' });
    topicId = await createTopic(t.ds, boardId, { title: 'Führerschein', leadLandId: hessen });
    kommune = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE });
    otherKommune = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE });
    landRep = await createUser(t.ds, { organisationId: hessen });
    otherLandRep = await createUser(t.ds, { organisationId: bayern });
  });
  afterAll(() => t.close());

  const ask = async (user: TestUser, input: Record<string, unknown> = {}) =>
    ok(
      await t.gql(
        CREATE_THREAD,
        {
          input: {
            topicId,
            title: 'Wie binden wir das Fachverfahren an?',
            body: 'Frage **mit** Details',
            ...input,
          },
        },
        { token: user.token },
      ),
    ).createThread;
  const reply = async (user: TestUser, threadId: string, body = 'Eine Antwort') =>
    ok(await t.gql(CREATE_POST, { input: { threadId, body } }, { token: user.token })).createPost;

  it('asks a question: thread and first post together, shown on the topic', async () => {
    const thread = await ask(kommune);
    expect(thread).toMatchObject({
      state: 'OPEN',
      locked: false,
      pinned: false,
      replyCount: 0,
      author: { id: kommune.id },
      topic: { id: topicId },
    });
    const page = ok(await t.gql(THREAD, { id: thread.id }, { token: kommune.token })).thread;
    expect(page.posts.totalCount).toBe(1);
    expect(page.posts.edges[0].node).toMatchObject({
      body: 'Frage **mit** Details',
      bodyHtml: '<p>Frage <strong>mit</strong> Details</p>',
      official: false,
    });
  });

  it('shows boards with topics, lead Land and activity counts', async () => {
    const res = ok(
      await t.gql(
        `{ boards { slug title threadCount postCount lastActivityAt topics { title threadCount openThreadCount leadLand { name code kind } } } }`,
        {},
        { token: otherKommune.token },
      ),
    );
    const board = res.boards.find((b: { slug: string }) => b.slug === 'mobilitaet-reisen');
    expect(board.threadCount).toBeGreaterThanOrEqual(1);
    expect(board.lastActivityAt).toEqual(expect.any(String));
    expect(board.topics[0]).toMatchObject({
      title: 'Führerschein',
      leadLand: { name: 'Hessen', code: 'HE', kind: 'LAND' },
    });
    const bySlug = ok(
      await t.gql(
        `{ board(slug: "mobilitaet-reisen") { title topics { id } } missing: board(slug: "gibt-es-nicht") { id } }`,
        {},
        { token: kommune.token },
      ),
    );
    expect(bySlug.board.topics.map((x: { id: string }) => x.id)).toContain(topicId);
    expect(bySlug.missing).toBeNull();
  });

  it('marks answers by Länder as official and by the lead Land as "federführend"', async () => {
    const thread = await ask(kommune);
    const lead = await reply(landRep, thread.id, 'Antwort aus Hessen');
    const other = await reply(otherLandRep, thread.id, 'Antwort aus Bayern');
    const peer = await reply(otherKommune, thread.id, 'Erfahrung einer Kommune');
    expect(lead).toMatchObject({
      official: true,
      leadLandAnswer: true,
      author: { organisation: { name: 'Hessen', kind: 'LAND' } },
    });
    expect(other).toMatchObject({ official: true, leadLandAnswer: false });
    expect(peer).toMatchObject({ official: false, leadLandAnswer: false });
    const page = ok(await t.gql(THREAD, { id: thread.id }, { token: kommune.token })).thread;
    expect(page.replyCount).toBe(3);
    expect(page.posts.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual([
      'Frage **mit** Details',
      'Antwort aus Hessen',
      'Antwort aus Bayern',
      'Erfahrung einer Kommune',
    ]);
  });

  it('lets the asker accept an answer and only the asker or moderators of the board', async () => {
    const thread = await ask(kommune);
    const answer = await reply(landRep, thread.id);
    const accept = (user: TestUser, postId = answer.id) =>
      t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id state acceptedPost { id accepted } } }`,
        { id: postId },
        { token: user.token },
      );

    expect(errorCode(await accept(otherKommune))).toBe('FORBIDDEN');
    expect(errorCode(await accept(landRep))).toBe('FORBIDDEN');
    const otherBoardMod = await createUser(t.ds);
    await addBoardModerator(t.ds, await createBoard(t.ds), otherBoardMod.id);
    expect(errorCode(await accept(otherBoardMod))).toBe('FORBIDDEN');

    const question = ok(await t.gql(THREAD, { id: thread.id }, { token: kommune.token })).thread.posts
      .edges[0].node;
    expect(errorCode(await accept(kommune, question.id))).toBe('BAD_USER_INPUT');

    const page = ok(await t.gql(THREAD, { id: thread.id }, { token: kommune.token })).thread;
    expect(page.viewerCanAccept).toBe(true);
    expect(
      ok(await t.gql(THREAD, { id: thread.id }, { token: otherKommune.token })).thread.viewerCanAccept,
    ).toBe(false);

    const accepted = ok(await accept(kommune)).acceptAnswer;
    expect(accepted).toEqual({
      id: thread.id,
      state: 'ANSWERED',
      acceptedPost: { id: answer.id, accepted: true },
    });

    const boardMod = await createUser(t.ds);
    await addBoardModerator(t.ds, boardId, boardMod.id);
    const second = await reply(otherKommune, thread.id);
    expect(ok(await accept(boardMod, second.id)).acceptAnswer.acceptedPost.id).toBe(second.id);
    const globalMod = await createUser(t.ds, { role: Role.MODERATOR });
    expect(ok(await accept(globalMod, answer.id)).acceptAnswer.acceptedPost.id).toBe(answer.id);
    const audit = await t.ds.query(
      `SELECT actor_id FROM audit_entries WHERE action = 'ANSWER_ACCEPTED' ORDER BY created_at`,
    );
    expect(audit.map((a: { actor_id: string }) => a.actor_id)).toEqual([boardMod.id, globalMod.id]);
  });

  it('validates questions and replies with field messages, and writes nothing on failure', async () => {
    const before = await t.ds.query(
      `SELECT (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM posts)::int AS posts`,
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'Kurz' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ title: '     ' }, 'title'],
      [{ body: '' }, 'body'],
      [{ body: 'x'.repeat(50_001) }, 'body'],
      [{ topicId: 'kein-uuid' }, 'topicId'],
      [{ clientId: 'kein-uuid' }, 'clientId'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(
        CREATE_THREAD,
        { input: { topicId, title: 'Eine gültige Frage', body: 'Text', ...input } },
        { token: kommune.token },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toHaveProperty(field);
    }
    const missingTopic = await t.gql(
      CREATE_THREAD,
      { input: { topicId: uuid(), title: 'Eine gültige Frage', body: 'Text' } },
      { token: kommune.token },
    );
    expect(errorCode(missingTopic)).toBe('NOT_FOUND');
    const typeError = await t.gql(
      CREATE_THREAD,
      { input: { topicId, title: 42, body: 'Text' } },
      { token: kommune.token },
    );
    expect(errorCode(typeError)).toBe('BAD_USER_INPUT');
    const replyRes = await t.gql(
      CREATE_POST,
      { input: { threadId: uuid(), body: 'Text' } },
      { token: kommune.token },
    );
    expect(errorCode(replyRes)).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(CREATE_POST, { input: { threadId: uuid(), body: ' ' } }, { token: kommune.token }),
      ),
    ).toBe('BAD_USER_INPUT');
    const after = await t.ds.query(
      `SELECT (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM posts)::int AS posts`,
    );
    expect(after).toEqual(before);
  });

  it('refuses new questions in archived topics', async () => {
    const archived = await createTopic(t.ds, boardId, { archived: true });
    expect(
      errorCode(
        await t.gql(
          CREATE_THREAD,
          { input: { topicId: archived, title: 'Eine gültige Frage', body: 'Text' } },
          { token: kommune.token },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('makes creates idempotent by clientId, also when the same request races', async () => {
    const clientId = uuid();
    const first = await ask(kommune, { clientId });
    const again = await ask(kommune, { clientId, title: 'Ganz anderer Titel' });
    expect(again.id).toBe(first.id);

    const postClientId = uuid();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.gql(
          CREATE_POST,
          { input: { threadId: first.id, body: 'Doppelt gesendet', clientId: postClientId } },
          { token: kommune.token },
        ),
      ),
    );
    const ids = new Set(results.map((r) => ok(r).createPost.id));
    expect(ids.size).toBe(1);
    const count = await t.ds.query(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1`, [first.id]);
    expect(count[0].n).toBe(2);
    expect(ok(await t.gql(THREAD, { id: first.id }, { token: kommune.token })).thread.replyCount).toBe(1);
    // Another user's identical clientId is a different request.
    expect(
      ok(
        await t.gql(
          CREATE_POST,
          { input: { threadId: first.id, body: 'Meins', clientId: postClientId } },
          { token: otherKommune.token },
        ),
      ).createPost.id,
    ).not.toBe([...ids][0]);
  });

  it('refuses replies in locked threads except from moderators', async () => {
    const thread = await ask(kommune);
    await t.ds.query(`UPDATE threads SET locked = true WHERE id = $1`, [thread.id]);
    expect(
      errorCode(
        await t.gql(
          CREATE_POST,
          { input: { threadId: thread.id, body: 'Noch was' } },
          { token: kommune.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    // The refusal comes after the post was written in the same transaction: nothing of it may remain.
    expect(
      await t.ds.query(
        `SELECT (SELECT count(*) FROM posts WHERE thread_id = $1)::int AS posts,
                (SELECT reply_count FROM threads WHERE id = $1) AS replies`,
        [thread.id],
      ),
    ).toEqual([{ posts: 1, replies: 0 }]);
    expect(ok(await t.gql(THREAD, { id: thread.id }, { token: kommune.token })).thread.viewerCanReply).toBe(
      false,
    );
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    expect(
      ok(
        await t.gql(
          CREATE_POST,
          { input: { threadId: thread.id, body: 'Hinweis der Moderation' } },
          { token: moderator.token },
        ),
      ).createPost.id,
    ).toEqual(expect.any(String));
  });

  it('edits own posts with revision history; others may not', async () => {
    const thread = await ask(kommune);
    const post = await reply(otherKommune, thread.id, 'Erste Fassung');
    const edit = (user: TestUser, body: string) =>
      t.gql(
        `mutation($input: EditPostInput!) { editPost(input: $input) { id body bodyHtml editedAt } }`,
        { input: { postId: post.id, body } },
        { token: user.token },
      );
    expect(errorCode(await edit(kommune, 'Fremd bearbeitet'))).toBe('FORBIDDEN');
    expect(errorCode(await edit(otherKommune, ''))).toBe('BAD_USER_INPUT');
    const edited = ok(await edit(otherKommune, 'Zweite _Fassung_')).editPost;
    expect(edited).toMatchObject({
      body: 'Zweite _Fassung_',
      bodyHtml: '<p>Zweite <em>Fassung</em></p>',
      editedAt: expect.any(String),
    });
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    ok(await edit(moderator, 'Von der Moderation gekürzt'));
    const node = ok(await t.gql(THREAD, { id: thread.id }, { token: kommune.token })).thread.posts.edges[1]
      .node;
    expect(node.revisions.map((r: { body: string }) => r.body)).toEqual([
      'Zweite _Fassung_',
      'Erste Fassung',
    ]);
    expect(node.revisions[0].editor.id).toBe(moderator.id);
    expect(node.viewerCanEdit).toBe(false);
  });

  it('soft-deletes posts, keeps the placeholder, fixes counters and the accepted answer', async () => {
    const thread = await ask(kommune);
    const post = await reply(landRep, thread.id, 'Wird gelöscht');
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: post.id },
        { token: kommune.token },
      ),
    );
    expect(
      errorCode(
        await t.gql(
          `mutation($id: ID!) { deletePost(postId: $id) { id } }`,
          { id: post.id },
          { token: kommune.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    const deleted = ok(
      await t.gql(
        `mutation($id: ID!) { deletePost(postId: $id) { id deleted body } }`,
        { id: post.id },
        { token: landRep.token },
      ),
    ).deletePost;
    expect(deleted).toEqual({ id: post.id, deleted: true, body: '' });
    const page = ok(await t.gql(THREAD, { id: thread.id }, { token: kommune.token })).thread;
    expect(page).toMatchObject({ state: 'OPEN', acceptedPost: null, replyCount: 0 });
    expect(page.posts.totalCount).toBe(2);
    expect(page.posts.edges[1].node).toMatchObject({
      deleted: true,
      body: '',
      bodyHtml: '',
      viewerCanEdit: false,
    });
    const stored = await t.ds.query(`SELECT body FROM posts WHERE id = $1`, [post.id]);
    expect(stored[0].body).toBe('Wird gelöscht');
  });

  it('stores markdown as written and serves sanitised HTML with safe links', async () => {
    const thread = await ask(kommune);
    const body =
      '<script>alert(1)</script> [Link](https://www.fitko.de) [böse](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const post = await reply(otherKommune, thread.id, body);
    expect(post.body).toBe(body);
    expect(post.bodyHtml).not.toMatch(/<script|<img|href="javascript| onerror="/);
    expect(post.bodyHtml).toContain('<a href="https://www.fitko.de" rel="nofollow ugc noopener">Link</a>');
    const preview = ok(
      await t.gql(
        `query($b: String!) { renderMarkdown(body: $b) }`,
        { b: '# Titel\n\n*kursiv*' },
        { token: kommune.token },
      ),
    );
    expect(preview.renderMarkdown).toBe('<h3>Titel</h3>\n<p><em>kursiv</em></p>');
  });

  it('pages through a thread and a topic with keyset cursors, filtering by state', async () => {
    const topic = await createTopic(t.ds, boardId, { title: 'Paging' });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push((await ask(kommune, { topicId: topic, title: `Frage Nummer ${i}` })).id);
    const answered = ids[2];
    const answer = await reply(landRep, answered);
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: answer.id },
        { token: kommune.token },
      ),
    );
    await t.ds.query(`UPDATE threads SET pinned = true WHERE id = $1`, [ids[0]]);

    const q = `query($id: ID!, $after: String, $state: ThreadState) { topic(id: $id) { threads(first: 3, after: $after, state: $state) { totalCount pageInfo { endCursor hasNextPage } edges { node { id pinned state } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const conn: any = ok(await t.gql(q, { id: topic, after }, { token: kommune.token })).topic.threads;
      expect(conn.totalCount).toBe(7);
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen[0]).toBe(ids[0]); // pinned first
    expect(seen[1]).toBe(answered); // most recent activity next
    const open = ok(await t.gql(q, { id: topic, state: 'OPEN' }, { token: kommune.token })).topic.threads;
    expect(open.totalCount).toBe(6);
    const done = ok(await t.gql(q, { id: topic, state: 'ANSWERED' }, { token: kommune.token })).topic.threads;
    expect(done.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([answered]);

    const posts: string[] = [];
    for (let i = 0; i < 4; i++) posts.push((await reply(otherKommune, ids[1], `Antwort ${i}`)).id);
    const p1 = ok(await t.gql(THREAD, { id: ids[1], first: 2 }, { token: kommune.token })).thread.posts;
    const p2 = ok(
      await t.gql(THREAD, { id: ids[1], first: 2, after: p1.pageInfo.endCursor }, { token: kommune.token }),
    ).thread.posts;
    const p3 = ok(
      await t.gql(THREAD, { id: ids[1], first: 2, after: p2.pageInfo.endCursor }, { token: kommune.token }),
    ).thread.posts;
    expect([...p2.edges, ...p3.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(
      posts.slice(1),
    );
    expect(p3.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await t.gql(THREAD, { id: ids[1], first: 1000 }, { token: kommune.token }))).toBe(
      'BAD_USER_INPUT',
    );
    // Well-formed cursors with values of the wrong kind are bad input too, not a database error.
    for (const values of [['kein Datum', posts[0]], [new Date().toISOString(), 'x'], [1, 2], ['x']]) {
      const after = Buffer.from(JSON.stringify(values)).toString('base64url');
      expect(errorCode(await t.gql(THREAD, { id: ids[1], first: 2, after }, { token: kommune.token }))).toBe(
        'BAD_USER_INPUT',
      );
    }
    for (const values of [
      [true, 'kein Datum', ids[0]],
      ['ja', new Date().toISOString(), ids[0]],
      [false, new Date().toISOString(), 'x'],
    ]) {
      const after = Buffer.from(JSON.stringify(values)).toString('base64url');
      expect(errorCode(await t.gql(q, { id: topic, after }, { token: kommune.token }))).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('answers unknown ids with null, and malformed ids with BAD_USER_INPUT before any SQL', async () => {
    const res = ok(
      await t.gql(
        `{ a: thread(id: "${uuid()}") { id } b: topic(id: "${uuid()}") { id } c: user(id: "${uuid()}") { id } }`,
        {},
        { token: kommune.token },
      ),
    );
    expect(res).toEqual({ a: null, b: null, c: null });
    const malformed = await t.gql(
      `{ a: thread(id: "nope") { id } c: user(id: "x") { id } }`,
      {},
      { token: kommune.token },
    );
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].extensions?.fields).toEqual({ id: 'Ungültige ID.' });
  });
});
