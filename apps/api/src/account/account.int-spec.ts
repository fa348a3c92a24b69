import { Role, UserStatus } from '@forum/shared';
import { createBoard, createTopic, createUser, TEST_PASSWORD, type TestUser } from '../../test/factories';
import { connectSocket } from '../../test/sockets';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';

describe('password change and account deletion (real PostgreSQL)', () => {
  let t: TestApp;
  let topic: string;
  let mod: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '1000' });
    topic = await createTopic(t.ds, await createBoard(t.ds));
    mod = await createUser(t.ds, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  const settle = () => t.app.get(DomainEventsService).drain();
  const ask = async (user: TestUser, title: string) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title, body: `Frage: ${title}` } },
        { token: user.token },
      ),
    ).createThread.id as string;
  const reply = async (threadId: string, user: TestUser, body: string) =>
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body } },
        { token: user.token },
      ),
    ).createPost.id as string;
  const login = (email: string, password = TEST_PASSWORD) =>
    t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password } });

  describe('changePassword', () => {
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

    it('needs the current password and a long enough new one', async () => {
      const user = await createUser(t.ds);
      const wrong = await t.gql(
        CHANGE,
        { c: 'falsch-falsch-falsch', n: 'Ein-neues-Passwort-2026' },
        { token: user.token },
      );
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.extensions?.fields).toEqual({ currentPassword: expect.any(String) });
      const short = await t.gql(CHANGE, { c: TEST_PASSWORD, n: 'kurz' }, { token: user.token });
      expect(errorCode(short)).toBe('BAD_USER_INPUT');
      expect(short.errors?.[0]?.extensions?.fields).toEqual({ newPassword: expect.stringContaining('12') });
      expect(
        errorCode(await t.gql(CHANGE, { c: TEST_PASSWORD, n: TEST_PASSWORD }, { token: user.token })),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(CHANGE, { c: TEST_PASSWORD, n: 'Ein-neues-Passwort-2026' }))).toBe(
        'UNAUTHENTICATED',
      );
      // Nothing changed.
      expect(ok(await login(user.email)).login.token).toEqual(expect.any(String));
    });

    it('changes the password, ends the other sessions and their sockets, keeps the current one', async () => {
      const user = await createUser(t.ds);
      const other = ok(await login(user.email)).login.token as string;
      const socket = await connectSocket(t.url, { token: other });
      const disconnected = new Promise((resolve) => socket.on('disconnect', resolve));
      const res = await t.gql(
        CHANGE,
        { c: TEST_PASSWORD, n: 'Ein-neues-Passwort-2026' },
        { token: user.token },
      );
      expect(ok(res).changePassword).toBe(true);
      await settle();
      await disconnected;
      expect(ok(await t.gql(`{ me { id } }`, {}, { token: user.token })).me.id).toBe(user.id);
      expect(ok(await t.gql(`{ me { id } }`, {}, { token: other })).me).toBeNull();
      expect(errorCode(await login(user.email))).toBe('UNAUTHENTICATED');
      expect(ok(await login(user.email, 'Ein-neues-Passwort-2026')).login.token).toEqual(expect.any(String));
      socket.close();
    });
  });

  describe('deleteMyAccount', () => {
    const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

    it('needs the password', async () => {
      const user = await createUser(t.ds);
      const wrong = await t.gql(DELETE, { p: 'nicht-mein-passwort' }, { token: user.token });
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.extensions?.fields).toEqual({ password: expect.any(String) });
      expect(ok(await t.gql(`{ me { status } }`, {}, { token: user.token })).me.status).toBe('ACTIVE');
    });

    it('deletes personal data, keeps posts as "Gelöschtes Konto", ends sessions and sockets, logs without personal data', async () => {
      const user = await createUser(t.ds, {
        displayName: 'Karla Kommune',
        email: `karla-${Date.now()}@kommune.example`,
      });
      const other = await createUser(t.ds);
      const threadId = await ask(user, 'Frage von Karla Kommune');
      const answer = await reply(threadId, other, 'Antwort an Karla');
      const ownReply = await reply(threadId, user, 'Danke, das hilft!');
      ok(
        await t.gql(
          `mutation($id: ID!) { setHelpful(postId: $id, helpful: true) { id } }`,
          { id: answer },
          { token: user.token },
        ),
      );
      ok(
        await t.gql(
          `mutation($id: ID!) { bookmarkThread(threadId: $id, bookmarked: true) { id } }`,
          { id: threadId },
          { token: user.token },
        ),
      );
      ok(
        await t.gql(
          `mutation($k: String!) { saveDraft(key: $k, body: "Entwurf") { key } }`,
          { k: `thread:${threadId}` },
          { token: user.token },
        ),
      );
      ok(
        await t.gql(
          `mutation($id: ID!) { markThreadRead(threadId: $id) { id } }`,
          { id: threadId },
          { token: user.token },
        ),
      );
      await reply(threadId, other, 'Noch eine Antwort, erzeugt eine Benachrichtigung');
      await settle();
      const second = ok(await login(user.email)).login.token as string;
      const socket = await connectSocket(t.url, { token: second });
      const disconnected = new Promise((resolve) => socket.on('disconnect', resolve));

      const res = await t.gql(DELETE, { p: TEST_PASSWORD }, { token: user.token });
      expect(ok(res).deleteMyAccount).toBe(true);
      expect(res.headers.get('set-cookie')).toMatch(/forum_session=;|Expires=Thu, 01 Jan 1970/);
      await settle();
      await disconnected;
      socket.close();

      // Signed out everywhere; signing in is impossible.
      for (const token of [user.token, second])
        expect(ok(await t.gql(`{ me { id } }`, {}, { token })).me).toBeNull();
      expect(errorCode(await login(user.email))).toBe('UNAUTHENTICATED');

      // Posts stay, under "Gelöschtes Konto".
      const thread = ok(
        await t.gql(
          `query($id: ID!) { thread(id: $id) { author { displayName status email } posts { edges { node { id body helpfulCount author { displayName } } } } } }`,
          { id: threadId },
          { token: other.token },
        ),
      ).thread;
      expect(thread.author).toEqual({ displayName: 'Gelöschtes Konto', status: 'DELETED', email: null });
      const mine = thread.posts.edges.find((e: any) => e.node.id === ownReply).node;
      expect(mine).toMatchObject({ body: 'Danke, das hilft!', author: { displayName: 'Gelöschtes Konto' } });
      // Their reaction is gone, so the count stays honest.
      expect(thread.posts.edges.find((e: any) => e.node.id === answer).node.helpfulCount).toBe(0);

      // Personal data is gone from the database.
      const [row] = await t.ds.query(
        'SELECT email, password_hash, display_name, status FROM users WHERE id = $1',
        [user.id],
      );
      expect(row).toEqual({
        email: null,
        password_hash: null,
        display_name: 'Gelöschtes Konto',
        status: 'DELETED',
      });
      for (const [table, column] of [
        ['sessions', 'user_id'],
        ['drafts', 'user_id'],
        ['bookmarks', 'user_id'],
        ['watches', 'user_id'],
        ['notifications', 'recipient_id'],
        ['post_reactions', 'user_id'],
        ['thread_reads', 'user_id'],
      ]) {
        const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [
          user.id,
        ]);
        expect({ table, n }).toEqual({ table, n: 0 });
      }

      // Audited, without personal data.
      const audit = await t.ds.query(
        `SELECT actor_id, action, target_type, target_id, reason FROM audit_entries WHERE target_id = $1`,
        [user.id],
      );
      expect(audit).toEqual([
        {
          actor_id: user.id,
          action: 'ACCOUNT_DELETED',
          target_type: 'USER',
          target_id: user.id,
          reason: null,
        },
      ]);
      const log = ok(
        await t.gql(`{ auditLog(first: 20) { edges { node { action } } } }`, {}, { token: mod.token }),
      );
      expect(JSON.stringify(log)).not.toContain('Karla');

      // The address can register again.
      const again = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { id status } }`, {
        i: {
          email: user.email,
          password: 'Neues-Konto-Passwort-1',
          displayName: 'Karla Neu',
          organisationId: user.organisationId,
        },
      });
      expect(ok(again).register.id).not.toBe(user.id);
    });

    it('keeps the last administrator', async () => {
      await t.ds.query(`UPDATE users SET role = 'USER' WHERE role = 'ADMIN'`);
      const admin = await createUser(t.ds, { role: Role.ADMIN });
      expect(errorCode(await t.gql(DELETE, { p: TEST_PASSWORD }, { token: admin.token }))).toBe('CONFLICT');
      const second = await createUser(t.ds, { role: Role.ADMIN });
      expect(ok(await t.gql(DELETE, { p: TEST_PASSWORD }, { token: admin.token })).deleteMyAccount).toBe(
        true,
      );
      const [row] = await t.ds.query('SELECT role, status FROM users WHERE id = $1', [admin.id]);
      expect(row).toEqual({ role: 'USER', status: UserStatus.DELETED });
      expect(second.id).toBeDefined();
    });
  });
});
