import { OrganisationKind, Role } from '@forum/shared';
import { createUser, TEST_PASSWORD, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { hashSessionToken, newSessionToken } from './session-token';
import { ViewerCache } from './viewer-cache';

/**
 * Two API instances on one database, each with its viewer cache. A change made through one instance (or
 * directly in SQL) must take effect on the other within 100 ms: the cache may never serve a viewer whose
 * session, role or status has changed.
 */
describe('viewer cache across instances', () => {
  let a: TestApp;
  let b: TestApp;
  const LIMIT_MS = 100;
  const ME = '{ me { id role } }';

  beforeAll(async () => {
    a = await startTestApp();
    const url = (a.ds.options as { url: string }).url;
    b = await startTestApp({}, { database: { url, drop: async () => undefined } });
    await waitFor(() => a.app.get(ViewerCache).active && b.app.get(ViewerCache).active, 5000);
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
    const start = performance.now();
    while (!(await done())) {
      if (performance.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 2));
    }
    return performance.now() - start;
  }

  async function secondSession(user: TestUser): Promise<string> {
    const token = newSessionToken();
    await a.ds.query(
      "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
      [hashSessionToken(token), user.id],
    );
    return token;
  }

  /** Warms B's cache with the token and proves that B now serves it from the cache. */
  async function cachedOnB(token: string): Promise<void> {
    ok(await b.gql(ME, {}, { token }));
    expect(b.app.get(ViewerCache).get(hashSessionToken(token))).toBeDefined();
  }

  const signedOut = async (token: string) => (await b.gql(ME, {}, { token })).data?.me === null;

  /**
   * How long until B has dropped the session from its cache (polled in-process every millisecond, so the
   * figure is the propagation itself, not an HTTP round trip on a busy machine); from then on B reads the
   * database, which the caller checks over HTTP.
   */
  const droppedOnB = (token: string) =>
    waitFor(() => b.app.get(ViewerCache).get(hashSessionToken(token)) === undefined, 2000);

  it('serves repeated requests of a session from the cache', async () => {
    const user = await createUser(a.ds);
    await cachedOnB(user.token);
    expect(ok(await b.gql<{ me: { id: string } }>(ME, {}, { token: user.token })).me.id).toBe(user.id);
  });

  it('a suspension on one instance ends the session on the other within 100 ms', async () => {
    const moderator = await createUser(a.ds, { role: Role.MODERATOR });
    const user = await createUser(a.ds);
    await cachedOnB(user.token);
    const res = await a.gql(
      'mutation($id: ID!) { suspendUser(userId: $id, reason: "Wiederholte Beleidigungen") { id } }',
      { id: user.id },
      { token: moderator.token },
    );
    ok(res);
    const ms = await droppedOnB(user.token);
    console.log(`viewer cache: suspension reached the other instance after ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(await signedOut(user.token)).toBe(true);
  });

  it('a logout on one instance ends the session on the other within 100 ms', async () => {
    const user = await createUser(a.ds);
    await cachedOnB(user.token);
    ok(await a.gql('mutation { logout }', {}, { token: user.token }));
    const ms = await droppedOnB(user.token);
    console.log(`viewer cache: logout reached the other instance after ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(await signedOut(user.token)).toBe(true);
  });

  it('a password change on one instance ends the other sessions on the other within 100 ms', async () => {
    const user = await createUser(a.ds);
    const other = await secondSession(user);
    await cachedOnB(other);
    ok(
      await a.gql(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
        { c: TEST_PASSWORD, n: 'Ganz-Neues-Passwort-2026!' },
        { token: user.token },
      ),
    );
    const ms = await droppedOnB(other);
    console.log(`viewer cache: password change reached the other instance after ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(await signedOut(other)).toBe(true);
    // The session that changed the password stays.
    expect(ok(await b.gql<{ me: { id: string } }>(ME, {}, { token: user.token })).me.id).toBe(user.id);
  });

  it('a role change reaches the other instance at once, in both directions', async () => {
    const admin = await createUser(a.ds, { role: Role.ADMIN });
    const user = await createUser(a.ds);
    await cachedOnB(user.token);
    const setRole = (role: Role) =>
      a.gql(
        'mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id } }',
        { id: user.id, role },
        { token: admin.token },
      );
    ok(await setRole(Role.MODERATOR));
    expect(await droppedOnB(user.token)).toBeLessThan(LIMIT_MS);
    const roleOnB = async () =>
      (await b.gql<{ me: { role: Role } }>(ME, {}, { token: user.token })).data?.me.role;
    expect(await roleOnB()).toBe(Role.MODERATOR);
    const pending = () => b.gql('{ pendingUsers(first: 1) { totalCount } }', {}, { token: user.token });
    ok(await pending());
    await cachedOnB(user.token);
    ok(await setRole(Role.USER));
    // A moderator-only query must be refused as soon as the role is gone: no stale rights.
    expect(await droppedOnB(user.token)).toBeLessThan(LIMIT_MS);
    expect(errorCode(await pending())).toBe('FORBIDDEN');
  });

  it('changes made in plain SQL are seen too (the database triggers, not the services, send them)', async () => {
    const user = await createUser(a.ds, { kind: OrganisationKind.KOMMUNE });
    await cachedOnB(user.token);
    await a.ds.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1", [
      user.id,
    ]);
    expect(await droppedOnB(user.token)).toBeLessThan(LIMIT_MS);
    expect(await signedOut(user.token)).toBe(true);
  });

  it('serves nothing from the cache while its database channel is down, and resumes after', async () => {
    const user = await createUser(a.ds);
    await cachedOnB(user.token);
    const cache = b.app.get(ViewerCache);
    // Cut every listening connection (both instances): the cache must switch off, not go stale.
    await a.ds.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'forum-kommunalpakt-viewer-listener' AND datname = current_database()",
    );
    await waitFor(() => !cache.active, 2000);
    await a.ds.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    expect(await signedOut(user.token)).toBe(true);
    await waitFor(() => cache.active, 5000);
    const fresh = await createUser(a.ds);
    await cachedOnB(fresh.token);
  });
});
