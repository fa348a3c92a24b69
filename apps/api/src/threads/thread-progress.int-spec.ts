import { OrganisationKind, Role } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

// One status everywhere (issue 15): Thread.progress and firstLandAnswerAt through every step of a
// question's life, the filters of every list, and the report's "beantwortet" (real PostgreSQL).
describe('question status (progress) and the first Land answer', () => {
  let t: TestApp;
  let land: string;
  let topic: string;
  let asker: TestUser;
  let rep: TestUser;
  let otherRep: TestUser;
  let peer: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen' });
    const other = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Bayern' });
    topic = await createTopic(t.ds, await createBoard(t.ds), { leadLandId: land, title: 'Statusthema' });
    asker = await createUser(t.ds);
    rep = await createUser(t.ds, { organisationId: land });
    otherRep = await createUser(t.ds, { organisationId: other });
    peer = await createUser(t.ds);
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  const STATUS = `query($id: ID!) { thread(id: $id) { state progress hasLandAnswer firstLandAnswerAt acceptedAt locked } }`;
  const status = async (id: string) => ok(await t.gql(STATUS, { id }, { token: asker.token })).thread;
  const ask = async (title: string, user = asker, topicId = topic) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id progress } }`,
        { i: { topicId, title, body: 'Wie geht das?' } },
        { token: user.token },
      ),
    ).createThread as { id: string; progress: string };
  const reply = async (threadId: string, user: TestUser, official?: boolean) =>
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id official createdAt } }`,
        { i: { threadId, body: 'Antwort', ...(official === undefined ? {} : { official }) } },
        { token: user.token },
      ),
    ).createPost as { id: string; official: boolean; createdAt: string };
  const mutate = (query: string, variables: Record<string, unknown>, user: TestUser) =>
    t.gql(query, variables, { token: user.token });
  const hide = (postId: string, hidden: boolean) =>
    mutate(
      `mutation($id: ID!, $h: Boolean) { hidePost(postId: $id, reason: "Prüfung", hidden: $h) { id } }`,
      { id: postId, h: hidden },
      moderator,
    );

  it('goes Offen → Landesantwort liegt vor → Gelöst, and back, through notes, hiding, accepting and reopening', async () => {
    const thread = await ask('Wie binden wir den Dienst an?');
    expect(thread.progress).toBe('OPEN');
    expect(await status(thread.id)).toMatchObject({
      state: 'OPEN',
      progress: 'OPEN',
      hasLandAnswer: false,
      firstLandAnswerAt: null,
    });

    // An ordinary reply and a Land's ordinary note do not count.
    await reply(thread.id, peer);
    const note = await reply(thread.id, rep, false);
    expect(note.official).toBe(false);
    expect((await status(thread.id)).progress).toBe('OPEN');

    // The official answer (the default for Land accounts) does.
    const answer = await reply(thread.id, rep);
    expect(answer.official).toBe(true);
    expect(await status(thread.id)).toMatchObject({
      state: 'OPEN',
      progress: 'LAND_ANSWERED',
      hasLandAnswer: true,
      firstLandAnswerAt: answer.createdAt,
    });

    // Editing keeps the mark.
    const edited = ok(
      await mutate(
        `mutation($i: EditPostInput!) { editPost(input: $i) { official } }`,
        { i: { postId: answer.id, body: 'Antwort, ergänzt' } },
        rep,
      ),
    );
    expect(edited.editPost.official).toBe(true);

    // Hiding the only official answer takes it back; showing it again restores it.
    ok(await hide(answer.id, true));
    expect(await status(thread.id)).toMatchObject({ progress: 'OPEN', firstLandAnswerAt: null });
    ok(await hide(answer.id, false));
    expect(await status(thread.id)).toMatchObject({
      progress: 'LAND_ANSWERED',
      firstLandAnswerAt: answer.createdAt,
    });

    // A second official answer keeps the first date; hiding the first moves it to the second.
    const second = await reply(thread.id, otherRep);
    ok(await hide(answer.id, true));
    expect((await status(thread.id)).firstLandAnswerAt).toBe(second.createdAt);
    ok(await hide(answer.id, false));

    // Accepting solves it; reopening returns to "Landesantwort liegt vor".
    ok(await mutate(`mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id: answer.id }, asker));
    expect(await status(thread.id)).toMatchObject({
      state: 'ANSWERED',
      progress: 'SOLVED',
      acceptedAt: expect.any(String),
    });
    ok(await mutate(`mutation($id: ID!) { reopenThread(threadId: $id) { id } }`, { id: thread.id }, asker));
    expect(await status(thread.id)).toMatchObject({
      state: 'OPEN',
      progress: 'LAND_ANSWERED',
      acceptedAt: null,
    });

    // Deleting the official answers takes them back too.
    ok(await mutate(`mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: answer.id }, rep));
    ok(await mutate(`mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: second.id }, otherRep));
    expect(await status(thread.id)).toMatchObject({ progress: 'OPEN', hasLandAnswer: false });
  });

  it('is Geschlossen while closed; a lock keeps the status; reopening restores it', async () => {
    const thread = await ask('Frage zum Schließen');
    const answer = await reply(thread.id, rep);
    const CLOSE = `mutation($id: ID!, $c: Boolean!, $r: String) { closeThread(threadId: $id, closed: $c, reason: $r) { id state progress } }`;
    expect(errorCode(await mutate(CLOSE, { id: thread.id, c: true }, asker))).toBe('FORBIDDEN');
    expect(
      ok(await mutate(CLOSE, { id: thread.id, c: true, r: 'Erledigt im Fachgespräch' }, moderator))
        .closeThread,
    ).toMatchObject({ state: 'CLOSED', progress: 'CLOSED' });
    // No solution can be marked on a closed question.
    expect(
      errorCode(
        await mutate(`mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id: answer.id }, asker),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(ok(await mutate(CLOSE, { id: thread.id, c: false }, moderator)).closeThread.progress).toBe(
      'LAND_ANSWERED',
    );
    const audit = await t.ds.query(
      `SELECT action, reason FROM audit_entries WHERE target_id = $1 ORDER BY created_at, action`,
      [thread.id],
    );
    expect(audit).toEqual([
      { action: 'THREAD_CLOSED', reason: 'Erledigt im Fachgespräch' },
      { action: 'THREAD_REOPENED', reason: null },
    ]);

    ok(
      await mutate(
        `mutation($id: ID!) { lockThread(threadId: $id, locked: true, reason: "Ruhe bitte") { id } }`,
        { id: thread.id },
        moderator,
      ),
    );
    expect(await status(thread.id)).toMatchObject({ locked: true, progress: 'LAND_ANSWERED' });
  });

  it('merging closes the source and carries official answers over to the target', async () => {
    const source = await ask('Doppelte Frage');
    const target = await ask('Ursprüngliche Frage');
    const answer = await reply(source.id, rep);
    ok(
      await mutate(
        `mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t, reason: "Doppelt") { id } }`,
        { s: source.id, t: target.id },
        moderator,
      ),
    );
    const merged = await t.ds.query(
      `SELECT id, state, first_land_answer_at FROM threads WHERE id = ANY($1) ORDER BY created_at`,
      [[source.id, target.id]],
    );
    expect(merged).toEqual([
      { id: source.id, state: 'CLOSED', first_land_answer_at: null },
      { id: target.id, state: 'OPEN', first_land_answer_at: new Date(answer.createdAt) },
    ]);
    expect((await status(target.id)).progress).toBe('LAND_ANSWERED');
  });

  it('never marks a question as an official answer, and ignores `official` for other accounts', async () => {
    const byLand = await ask('Eine Frage des Landes', rep);
    const posts = ok(
      await t.gql(
        `query($id: ID!) { thread(id: $id) { progress posts { edges { node { official } } } } }`,
        { id: byLand.id },
        { token: rep.token },
      ),
    ).thread;
    expect(posts).toEqual({ progress: 'OPEN', posts: { edges: [{ node: { official: false } }] } });
    expect((await reply(byLand.id, peer, true)).official).toBe(false);
    expect(
      errorCode(
        await t.gql(
          `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
          { i: { threadId: byLand.id, body: 'Text', official: 'ja' } },
          { token: rep.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('filters every list by progress, and the report counts what the badges show', async () => {
    const freshTopic = await createTopic(t.ds, await createBoard(t.ds), { leadLandId: land });
    const user = await createUser(t.ds);
    const open = await ask('Filter offen', user, freshTopic);
    const landAnswered = await ask('Filter Landesantwort', user, freshTopic);
    const solved = await ask('Filter gelöst', user, freshTopic);
    const solvedByPeer = await ask('Filter gelöst ohne Land', user, freshTopic);
    const closedAnswered = await ask('Filter geschlossen', user, freshTopic);
    const hiddenOnly = await ask('Filter ausgeblendet', user, freshTopic);
    await reply(open.id, rep, false);
    await reply(landAnswered.id, rep);
    const solution = await reply(solved.id, otherRep);
    const peerSolution = await reply(solvedByPeer.id, peer);
    await reply(closedAnswered.id, rep);
    const hidden = await reply(hiddenOnly.id, rep);
    ok(await hide(hidden.id, true));
    for (const id of [solution.id, peerSolution.id])
      ok(await mutate(`mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id }, user));
    ok(
      await mutate(
        `mutation($id: ID!) { closeThread(threadId: $id, closed: true) { id } }`,
        { id: closedAnswered.id },
        moderator,
      ),
    );

    const expected: Record<string, string[]> = {
      OPEN: [open.id, hiddenOnly.id],
      LAND_ANSWERED: [landAnswered.id],
      SOLVED: [solved.id, solvedByPeer.id],
      CLOSED: [closedAnswered.id],
    };
    const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id).sort();
    for (const [progress, want] of Object.entries(expected)) {
      const res = ok(
        await t.gql(
          `query($topic: ID!, $p: QuestionProgress) {
             topic(id: $topic) { threads(first: 50, progress: $p) { totalCount edges { node { id progress } } } }
             myThreads(first: 50, progress: $p) { edges { node { id } } }
             latestThreads(first: 50, progress: $p) { edges { node { id } } } }`,
          { topic: freshTopic, p: progress },
          { token: user.token },
        ),
      );
      expect(ids(res.topic.threads)).toEqual([...want].sort());
      expect(res.topic.threads.totalCount).toBe(want.length);
      expect(res.topic.threads.edges.every((e: any) => e.node.progress === progress)).toBe(true);
      expect(ids(res.myThreads)).toEqual([...want].sort());
      expect(ids(res.latestThreads).filter((id) => Object.values(expected).flat().includes(id))).toEqual(
        [...want].sort(),
      );
      const found = ok(
        await t.gql(
          `query($p: QuestionProgress, $topic: ID) { search(query: "Filter", first: 50, filter: { progress: $p, topicId: $topic }) { edges { node { thread { id } } } } }`,
          { p: progress, topic: freshTopic },
          { token: user.token },
        ),
      ).search.edges.map((e: any) => e.node.thread.id);
      expect(found.sort()).toEqual([...want].sort());
    }
    const counts = ok(
      await t.gql(
        `query($id: ID!) { topic(id: $id) { threadCount openThreadCount } }`,
        { id: freshTopic },
        { token: user.token },
      ),
    ).topic;
    expect(counts).toEqual({ threadCount: 6, openThreadCount: 2 });
    // "Unbeantwortet" in "Neueste" is the status Offen.
    const unanswered = ok(
      await t.gql(
        `{ latestThreads(first: 100, unansweredOnly: true) { edges { node { id progress } } } }`,
        {},
        {
          token: user.token,
        },
      ),
    ).latestThreads.edges.map((e: any) => e.node.progress);
    expect(new Set(unanswered)).toEqual(new Set(['OPEN']));

    // The report: answered = a visible official Land answer or an accepted answer, in any state.
    const report = ok(
      await t.gql(
        `{ kommunalpaktReport { services { topic { id } questions answered } } }`,
        {},
        { token: user.token },
      ),
    ).kommunalpaktReport.services.find((s: any) => s.topic.id === freshTopic);
    const [fixture] = await t.ds.query(
      `SELECT count(*)::int AS questions,
              (count(*) FILTER (WHERE first_land_answer_at IS NOT NULL OR accepted_post_id IS NOT NULL))::int AS answered
         FROM threads WHERE topic_id = $1 AND merged_into_id IS NULL`,
      [freshTopic],
    );
    expect(fixture).toEqual({ questions: 6, answered: 4 });
    expect(report).toMatchObject(fixture);
  });
});
