import { Role } from '@forum/shared';
import { createUser } from '../../../test/factories';
import { errorCode, startTestApp, type TestApp } from '../../../test/test-app';

// The global input rule (input-guard.ts) and the query limits, over HTTP like any client.
describe('input guard and query limits (before any resolver)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '500' });
    admin = (await createUser(t.ds, { role: Role.ADMIN })).token;
  });
  afterAll(() => t.close());

  it('refuses NUL and other control characters in any text, also for guests, naming the field', async () => {
    const literal = await t.gql(`{ organisations(search: "Kas\\u0000sel") { id } }`);
    expect(literal.status).toBe(400);
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0].extensions?.fields).toEqual({
      search: expect.stringMatching(/unzulässige Zeichen/),
    });

    const nested = await t.gql(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { threadId: '00000000-0000-4000-8000-000000000001', body: 'Text\u0000mit Nullbyte' } },
      { token: admin },
    );
    expect(nested.status).toBe(400);
    expect(nested.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { body: expect.any(String) },
    });

    for (const bad of ['\u0007', '\ud800', 'x'.repeat(50_001)]) {
      const res = await t.gql(
        `mutation($n: String!) { updateProfile(input: { displayName: $n }) { id } }`,
        { n: bad },
        { token: admin },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    // Tab, line feed and emoji (a surrogate pair) are text like any other.
    const fine = await t.gql(`{ organisations(search: "a\\tb\\n😀") { id } }`);
    expect(fine.errors).toBeUndefined();
  });

  it('checks every ID argument before SQL (the operations of the attack report included)', async () => {
    for (const query of [
      `mutation { deletePost(postId: "abc") { id } }`,
      `mutation { unsuspendUser(userId: "abc") { id } }`,
      `mutation { markNotificationsRead(ids: ["00000000-0000-4000-8000-000000000001", "nope"]) }`,
      `{ thread(id: 42) { id } }`,
    ]) {
      const res = await t.gql(query, {}, { token: admin });
      expect({ query, code: errorCode(res), status: res.status }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
        status: 400,
      });
    }
    const res = await t.gql(`mutation { deletePost(postId: "abc") { id } }`, {}, { token: admin });
    expect(res.errors?.[0].extensions?.fields).toEqual({ postId: 'Ungültige ID.' });
  });

  it('refuses an invalid date instead of passing it to SQL', async () => {
    const res = await t.gql(
      `{ kommunalpaktReport(from: "not-a-date") { generatedAt } }`,
      {},
      { token: admin },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('answers a fragment cycle with HTTP 400 and BAD_USER_INPUT (no stack overflow)', async () => {
    const res = await t.gql(
      `query { me { ...A } } fragment A on User { organisation { id } ...B } fragment B on User { ...A }`,
      {},
      { token: admin },
    );
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('answers too deep and too costly queries with HTTP 400 and BAD_USER_INPUT', async () => {
    const deep = await t.gql(
      `{ boards { topics { board { topics { board { topics { board { id } } } } } } } }`,
      {},
      { token: admin },
    );
    expect(deep.status).toBe(400);
    expect(errorCode(deep)).toBe('BAD_USER_INPUT');

    const costly = await t.gql(
      `{ latestThreads(first: 100) { edges { node { posts(first: 100) { edges { node { id body } } } } } } }`,
      {},
      { token: admin },
    );
    expect(costly.status).toBe(400);
    expect(errorCode(costly)).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0].message).toMatch(/zu aufwendig/);
  });

  it('refuses control characters in REST URLs with 400', async () => {
    for (const path of ['/report.csv?from=%00', '/mail/confirm?token=a%00b', '/mail/unsubscribe?token=%1f']) {
      expect((await fetch(`${t.url}${path}`)).status).toBe(400);
    }
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });
});
