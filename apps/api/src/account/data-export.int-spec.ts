import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';
import { USER_DATA_TABLES } from './export-registry';

describe('"Meine Daten herunterladen" (real PostgreSQL)', () => {
  let t: TestApp;
  let user: TestUser;
  let other: TestUser;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const topic = await createTopic(t.ds, await createBoard(t.ds));
    user = await createUser(t.ds, {
      displayName: 'Erika Export',
      email: `erika-${Date.now()}@kommune.example`,
    });
    other = await createUser(t.ds, { displayName: 'Otto Anders', email: `otto-${Date.now()}@land.example` });
    const gql = (query: string, variables: Record<string, unknown>, as: TestUser) =>
      t.gql(query, variables, { token: as.token }).then(ok);
    threadId = (
      await gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage von Erika', body: 'Erikas Frage im Wortlaut' } },
        user,
      )
    ).createThread.id;
    const answer = (
      await gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Ottos Antwort im Wortlaut' } },
        other,
      )
    ).createPost.id;
    const mine = (
      await gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Erikas erste Fassung' } },
        user,
      )
    ).createPost.id;
    await gql(
      `mutation($i: EditPostInput!) { editPost(input: $i) { id } }`,
      { i: { postId: mine, body: 'Erikas zweite Fassung' } },
      user,
    );
    await gql(`mutation($id: ID!) { setHelpful(postId: $id, helpful: true) { id } }`, { id: answer }, user);
    await gql(
      `mutation($id: ID!) { bookmarkThread(threadId: $id, bookmarked: true) { id } }`,
      { id: threadId },
      user,
    );
    await gql(
      `mutation($k: String!) { saveDraft(key: $k, body: "Erikas Entwurf") { key } }`,
      { k: `thread:${threadId}` },
      user,
    );
    await gql(`mutation { markAllRead }`, {}, user);
    await gql(`mutation($id: ID!) { flagPost(postId: $id, reason: "spam") { id } }`, { id: answer }, user);
    await t.app.get(DomainEventsService).drain();
  });
  afterAll(() => t.close());

  const EXPORT = `{ exportMyData }`;

  it('contains everything about the user and nothing of other people', async () => {
    const json = ok(await t.gql(EXPORT, {}, { token: user.token })).exportMyData as string;
    const doc = JSON.parse(json);
    for (const entry of USER_DATA_TABLES)
      if ('section' in entry.export) expect(doc).toHaveProperty(entry.export.section);
    expect(doc.account).toMatchObject({ id: user.id, email: user.email, displayName: 'Erika Export' });
    expect(doc.account.organisation.id).toBe(user.organisationId);
    expect(doc.account).not.toHaveProperty('passwordHash');
    expect(doc.threads.map((x: any) => x.title)).toEqual(['Frage von Erika']);
    expect(doc.posts.map((p: any) => p.body)).toEqual(['Erikas Frage im Wortlaut', 'Erikas zweite Fassung']);
    expect(doc.postRevisions.map((r: any) => r.body)).toEqual(['Erikas erste Fassung']);
    expect(doc.sessions[0]).not.toHaveProperty('tokenHash');
    expect(doc.drafts).toEqual([expect.objectContaining({ body: 'Erikas Entwurf' })]);
    expect(doc.bookmarks).toEqual([expect.objectContaining({ threadId })]);
    expect(doc.reactions).toHaveLength(1);
    expect(doc.readMarks).toEqual([expect.objectContaining({ scope: 'ALL', scopeId: null })]);
    expect(doc.flags.reported).toEqual([expect.objectContaining({ reason: 'SPAM', state: 'OPEN' })]);
    expect(doc.watches).toEqual([expect.objectContaining({ targetType: 'THREAD', targetId: threadId })]);
    expect(doc.notifications.length).toBeGreaterThan(0); // Otto's reply to Erika's question

    // Other people: neither their e-mail nor their name nor their text.
    expect(json).not.toContain(other.email);
    expect(json).not.toContain('Otto Anders');
    expect(json).not.toContain('Ottos Antwort');
    expect(json).not.toContain(other.id);
    expect(json).not.toMatch(/token_?hash|password_?hash|\$argon2/i);
  });

  it('is logged without content, and is for the signed-in user only', async () => {
    await t.gql(EXPORT, {}, { token: user.token });
    const rows = await t.ds.query(
      `SELECT actor_id, target_type, target_id, reason FROM audit_entries WHERE action = 'USER_DATA_EXPORTED' AND actor_id = $1`,
      [user.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toEqual({ actor_id: user.id, target_type: 'USER', target_id: user.id, reason: null });
    expect(errorCode(await t.gql(EXPORT, {}))).toBe('UNAUTHENTICATED');
  });

  it('downloads as JSON and as readable HTML over REST', async () => {
    const json = await fetch(`${t.url}/me/export.json`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/application\/json/);
    expect(json.headers.get('content-disposition')).toMatch(/attachment; filename="meine-daten-.*\.json"/);
    expect(json.headers.get('cache-control')).toBe('no-store');
    expect(((await json.json()) as { account: { id: string } }).account.id).toBe(user.id);

    const html = await fetch(`${t.url}/me/export.html`, {
      headers: { cookie: `forum_session=${user.token}` },
    });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    const page = await html.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Beiträge');
    expect(page).toContain('Erikas zweite Fassung');
    expect(page).not.toContain(other.email);

    expect((await fetch(`${t.url}/me/export.json`)).status).toBe(401);
  });
});
