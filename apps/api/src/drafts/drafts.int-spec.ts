import { LIMITS, UserStatus } from '@forum/shared';
import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';

describe('server-side drafts (real PostgreSQL)', () => {
  let t: TestApp;
  let topic: string;
  let threadId: string;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    topic = await createTopic(t.ds, await createBoard(t.ds));
    user = await createUser(t.ds);
    threadId = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage mit Entwurf', body: 'Frage' } },
        { token: user.token },
      ),
    ).createThread.id;
  });
  afterAll(() => t.close());

  const SAVE = `mutation($k: String!, $title: String, $body: String!) {
    saveDraft(key: $k, title: $title, body: $body) { key title body updatedAt } }`;
  const GET = `query($k: String!) { draft(key: $k) { key title body } }`;
  const get = async (key: string, as: TestUser) =>
    ok(await t.gql(GET, { k: key }, { token: as.token })).draft;

  it('saves, restores (another device = another session), overwrites and deletes', async () => {
    const key = `thread:${threadId}`;
    const saved = ok(await t.gql(SAVE, { k: key, body: 'Halber Satz' }, { token: user.token })).saveDraft;
    expect(saved).toMatchObject({ key, title: null, body: 'Halber Satz' });

    const login = ok(
      await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, {
        i: { email: user.email, password: 'Test-Passwort-2026!' },
      }),
    ).login.token as string;
    const secondDevice = { ...user, token: login };
    expect(await get(key, secondDevice)).toEqual({ key, title: null, body: 'Halber Satz' });

    ok(await t.gql(SAVE, { k: key, body: 'Ganzer Satz.' }, { token: secondDevice.token }));
    expect((await get(key, user)).body).toBe('Ganzer Satz.');
    const all = ok(await t.gql(`{ drafts { key } }`, {}, { token: user.token })).drafts;
    expect(all).toEqual([{ key }]);

    expect(
      ok(await t.gql(`mutation($k: String!) { deleteDraft(key: $k) }`, { k: key }, { token: user.token })),
    ).toEqual({
      deleteDraft: true,
    });
    expect(await get(key, user)).toBeNull();
    expect(
      ok(await t.gql(`mutation($k: String!) { deleteDraft(key: $k) }`, { k: key }, { token: user.token }))
        .deleteDraft,
    ).toBe(false);
  });

  it('deletes the draft once the reply or the question is posted', async () => {
    const replyKey = `thread:${threadId}`;
    const questionKey = `topic:${topic}`;
    ok(await t.gql(SAVE, { k: replyKey, body: 'Meine Antwort' }, { token: user.token }));
    ok(await t.gql(SAVE, { k: questionKey, title: 'Neue Frage', body: 'Text' }, { token: user.token }));
    expect((await get(questionKey, user)).title).toBe('Neue Frage');

    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Meine Antwort' } },
        { token: user.token },
      ),
    );
    await t.app.get(DomainEventsService).drain();
    expect(await get(replyKey, user)).toBeNull();
    expect(await get(questionKey, user)).not.toBeNull();

    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Neue Frage', body: 'Text' } },
        { token: user.token },
      ),
    );
    await t.app.get(DomainEventsService).drain();
    expect(await get(questionKey, user)).toBeNull();
  });

  it('validates keys, limits and targets', async () => {
    const bad = async (vars: Record<string, unknown>) => {
      const res = await t.gql(SAVE, vars, { token: user.token });
      return { code: errorCode(res), fields: res.errors?.[0]?.extensions?.fields };
    };
    expect(await bad({ k: 'post:1', body: 'x' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { key: expect.any(String) },
    });
    expect(await bad({ k: `thread:${threadId}`, title: 'Titel', body: 'x' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: expect.any(String) },
    });
    expect(await bad({ k: `thread:${threadId}`, body: 'x'.repeat(LIMITS.postBodyMax + 1) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { body: expect.any(String) },
    });
    expect(
      await bad({ k: `topic:${topic}`, title: 'x'.repeat(LIMITS.threadTitleMax + 1), body: '' }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: expect.any(String) },
    });
    expect((await bad({ k: 'topic:00000000-0000-4000-8000-000000000000', body: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(GET, { k: 'irgendwas' }, { token: user.token }))).toBe('BAD_USER_INPUT');
  });

  it('keeps drafts private to their author', async () => {
    const key = `topic:${topic}`;
    ok(await t.gql(SAVE, { k: key, title: 'Geheim', body: 'Nur meins' }, { token: user.token }));
    const other = await createUser(t.ds);
    expect(await get(key, other)).toBeNull();
    expect(ok(await t.gql(`{ drafts { key } }`, {}, { token: other.token })).drafts).toEqual([]);
    expect(errorCode(await t.gql(GET, { k: key }))).toBe('UNAUTHENTICATED');
    const pending = await createUser(t.ds, { status: UserStatus.PENDING });
    expect(errorCode(await t.gql(GET, { k: key }, { token: pending.token }))).toBe('FORBIDDEN');
    expect((await get(key, user)).body).toBe('Nur meins');
  });
});
