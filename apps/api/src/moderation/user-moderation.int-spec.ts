import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import { createOrganisation, createUser, TEST_PASSWORD, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import type { DomainEvent } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';

const SUSPEND = `mutation($id: ID!, $r: String!, $u: DateTime) { suspendUser(userId: $id, reason: $r, until: $u) { id status suspendedUntil suspensionReason } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token user { id status } } }`;
const REGISTER = `mutation($i: RegisterInput!) { register(input: $i) { id status } }`;

describe('account moderation (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let moderator: TestUser;
  let admin: TestUser;
  let kommune: string;
  let land: string;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '1000' });
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
    admin = await createUser(t.ds, { role: Role.ADMIN });
    land = await createOrganisation(t.ds, OrganisationKind.LAND);
    kommune = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, { landId: land });
    t.app.get(DomainEventsService).on('UserSuspended', (e) => void events.push(e));
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });
  const login = (email: string) => t.gql(LOGIN, { i: { email, password: TEST_PASSWORD } });
  const register = (email: string, organisationId = kommune) =>
    t.gql(REGISTER, { i: { email, password: TEST_PASSWORD, displayName: 'Neue Person', organisationId } });
  const actions = async (targetId: string) =>
    (
      await t.ds.query(`SELECT action FROM audit_entries WHERE target_id = $1 ORDER BY created_at, id`, [
        targetId,
      ])
    ).map((r: { action: string }) => r.action);

  it('cuts a suspended user off at once: sessions revoked, operations refused, sign-in refused', async () => {
    const user = await createUser(t.ds);
    const second = ok(await login(user.email)).login.token;
    expect(ok(await t.gql(`{ me { id } }`, {}, as(user))).me.id).toBe(user.id);

    const suspended = ok(
      await t.gql(SUSPEND, { id: user.id, r: 'Wiederholte Beleidigungen' }, as(moderator)),
    );
    expect(suspended.suspendUser).toEqual({
      id: user.id,
      status: 'SUSPENDED',
      suspendedUntil: null,
      suspensionReason: 'Wiederholte Beleidigungen',
    });
    for (const token of [user.token, second]) {
      expect(ok(await t.gql(`{ me { id } }`, {}, { token })).me).toBeNull();
      expect(errorCode(await t.gql(`{ boards { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    }
    const refused = await login(user.email);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/gesperrt/);
    await t.app.get(DomainEventsService).drain();
    expect(events).toContainEqual({
      type: 'UserSuspended',
      actorId: moderator.id,
      userId: user.id,
      reason: 'Wiederholte Beleidigungen',
    });
    expect(await actions(user.id)).toEqual(['USER_SUSPENDED']);

    // The reason is for moderators and the person concerned only.
    const other = await createUser(t.ds);
    const q = `query($id: ID!) { user(id: $id) { status suspensionReason } }`;
    expect(ok(await t.gql(q, { id: user.id }, as(other))).user).toEqual({
      status: 'SUSPENDED',
      suspensionReason: null,
    });

    const lifted = await t.gql(
      `mutation($id: ID!) { unsuspendUser(userId: $id) { status suspensionReason } }`,
      { id: user.id },
      as(admin),
    );
    expect(ok(lifted).unsuspendUser).toEqual({ status: 'ACTIVE', suspensionReason: null });
    expect(ok(await login(user.email)).login.user.status).toBe('ACTIVE');
    expect(
      errorCode(
        await t.gql(`mutation($id: ID!) { unsuspendUser(userId: $id) { id } }`, { id: user.id }, as(admin)),
      ),
    ).toBe('CONFLICT');
    expect(await actions(user.id)).toEqual(['USER_SUSPENDED', 'USER_UNSUSPENDED']);
  });

  it('validates suspensions: future end only, nobody suspends themself, moderators cannot suspend admins', async () => {
    const user = await createUser(t.ds);
    const past = await t.gql(
      SUSPEND,
      { id: user.id, r: 'Spam', u: new Date(Date.now() - 60_000).toISOString() },
      as(moderator),
    );
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0].extensions?.fields).toHaveProperty('until');
    expect(errorCode(await t.gql(SUSPEND, { id: user.id, r: '' }, as(moderator)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SUSPEND, { id: user.id, r: 'x', u: 'kein Datum' }, as(moderator)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await t.gql(SUSPEND, { id: moderator.id, r: 'Selbst' }, as(moderator)))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(SUSPEND, { id: admin.id, r: 'Admin' }, as(moderator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SUSPEND, { id: admin.id, r: 'Selbst' }, as(admin)))).toBe('FORBIDDEN');
    const pending = await createUser(t.ds, { status: UserStatus.PENDING });
    expect(errorCode(await t.gql(SUSPEND, { id: pending.id, r: 'Spam' }, as(moderator)))).toBe('CONFLICT');
    const otherAdmin = await createUser(t.ds, { role: Role.ADMIN });
    expect(
      ok(await t.gql(SUSPEND, { id: otherAdmin.id, r: 'Konto kompromittiert' }, as(admin))).suspendUser
        .status,
    ).toBe('SUSPENDED');
    expect(await actions(user.id)).toEqual([]);
  });

  it('ends a timed suspension at the first sign-in after its end', async () => {
    const user = await createUser(t.ds);
    const until = new Date(Date.now() + 3_600_000);
    const res = ok(
      await t.gql(SUSPEND, { id: user.id, r: 'Abkühlphase', u: until.toISOString() }, as(moderator)),
    );
    expect(res.suspendUser.suspendedUntil).toBe(until.toISOString());
    expect(errorCode(await login(user.email))).toBe('FORBIDDEN');
    await t.ds.query(`UPDATE users SET suspended_until = now() - interval '1 minute' WHERE id = $1`, [
      user.id,
    ]);
    expect(ok(await login(user.email)).login.user).toEqual({ id: user.id, status: 'ACTIVE' });
    const [row] = await t.ds.query('SELECT suspended_until, suspension_reason FROM users WHERE id = $1', [
      user.id,
    ]);
    expect(row).toEqual({ suspended_until: null, suspension_reason: null });
    const [expired] = await t.ds.query(
      `SELECT actor_id FROM audit_entries WHERE target_id = $1 AND action = 'USER_SUSPENSION_EXPIRED'`,
      [user.id],
    );
    expect(expired).toEqual({ actor_id: null });
  });

  it('rejects a pending registration and frees its e-mail address', async () => {
    const email = `abgelehnt-${Date.now()}@kommune.example`;
    const created = ok(await register(email)).register;
    const reject = (id: string) =>
      t.gql(
        `mutation($id: ID!) { rejectUser(userId: $id, reason: "Keine kommunale Stelle") { id status displayName } }`,
        { id },
        as(moderator),
      );
    expect(ok(await reject(created.id)).rejectUser).toEqual({
      id: created.id,
      status: 'DELETED',
      displayName: 'Gelöschtes Konto',
    });
    expect(errorCode(await reject(created.id))).toBe('CONFLICT');
    const [row] = await t.ds.query('SELECT email, password_hash FROM users WHERE id = $1', [created.id]);
    expect(row).toEqual({ email: null, password_hash: null });
    const [entry] = await t.ds.query(
      `SELECT action, reason, actor_id FROM audit_entries WHERE target_id = $1`,
      [created.id],
    );
    expect(entry).toEqual({
      action: 'USER_REJECTED',
      reason: 'Keine kommunale Stelle',
      actor_id: moderator.id,
    });
    expect(ok(await register(email.toUpperCase())).register.status).toBe('PENDING');
    const active = await createUser(t.ds);
    expect(errorCode(await reject(active.id))).toBe('CONFLICT');
  });

  it('lets admins change global roles, but not their own', async () => {
    const user = await createUser(t.ds);
    const set = (id: string, role: string, by = admin) =>
      t.gql(
        `mutation($id: ID!, $r: Role!) { setUserRole(userId: $id, role: $r) { role } }`,
        { id, r: role },
        as(by),
      );
    expect(ok(await set(user.id, 'MODERATOR')).setUserRole.role).toBe('MODERATOR');
    expect(
      ok(await t.gql(`{ pendingUsers { totalCount } }`, {}, as(user))).pendingUsers.totalCount,
    ).toBeGreaterThan(-1);
    expect(errorCode(await set(admin.id, 'USER'))).toBe('FORBIDDEN');
    expect(errorCode(await set(user.id, 'ADMIN', moderator))).toBe('FORBIDDEN');
    expect(await actions(user.id)).toEqual(['USER_ROLE_CHANGED']);
  });
});
