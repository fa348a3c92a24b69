import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id displayName status role organisation { id kind } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id displayName status } } }`;
const ME = `{ me { id displayName email organisation { name } } }`;
const APPROVE = `mutation($id: ID!) { approveUser(userId: $id) { id status } }`;
const APPROVE_VOUCHING = `mutation($id: ID!) { approveUser(userId: $id, vouchForEmail: true) { id status emailConfirmed } }`;

describe('accounts and sessions (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let kommuneId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
    const land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen', code: 'HE' });
    kommuneId = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, {
      name: 'Stadt Kassel',
      code: '06611000',
      landId: land,
    });
  });
  afterAll(() => t.close());

  const register = (input: Record<string, unknown>) =>
    t.gql(REGISTER, {
      input: {
        email: 'neu@kassel.example',
        password: 'Sicheres-Passwort-1',
        displayName: 'Neue Person',
        organisationId: kommuneId,
        ...input,
      },
    });

  it('lists organisations to guests for the registration form, filtered by kind and search', async () => {
    const all = ok(await t.gql(`{ organisations { name kind code land { code } } }`));
    expect(all.organisations).toEqual(
      expect.arrayContaining([
        { name: 'Stadt Kassel', kind: 'KOMMUNE', code: '06611000', land: { code: 'HE' } },
      ]),
    );
    const filtered = ok(await t.gql(`{ organisations(kind: KOMMUNE, search: "kass") { name } }`));
    expect(filtered.organisations).toEqual([{ name: 'Stadt Kassel' }]);
    expect(ok(await t.gql(`{ organisations(search: "%") { name } }`)).organisations).toEqual([]);
  });

  it('registers a pending account that cannot sign in until a moderator approves it', async () => {
    const created = ok(await register({ email: 'Pending@Kassel.example' })).register;
    expect(created).toMatchObject({
      status: 'PENDING',
      role: 'USER',
      organisation: { id: kommuneId, kind: 'KOMMUNE' },
    });

    const early = await t.gql(LOGIN, {
      input: { email: 'pending@kassel.example', password: 'Sicheres-Passwort-1' },
    });
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors?.[0].message).toMatch(/Freischaltung/);

    const user = await createUser(t.ds);
    expect(errorCode(await t.gql(APPROVE, { id: created.id }, { token: user.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(APPROVE, { id: created.id }))).toBe('UNAUTHENTICATED');

    // The address is not confirmed yet: the moderator must vouch for it (design choice of issue 15).
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    const unvouched = await t.gql(APPROVE, { id: created.id }, { token: moderator.token });
    expect(errorCode(unvouched)).toBe('CONFLICT');
    expect(unvouched.errors?.[0].message).toMatch(/noch nicht bestätigt/);
    expect(
      ok(await t.gql(APPROVE_VOUCHING, { id: created.id }, { token: moderator.token })).approveUser,
    ).toMatchObject({ status: 'ACTIVE', emailConfirmed: true });
    expect(errorCode(await t.gql(APPROVE_VOUCHING, { id: created.id }, { token: moderator.token }))).toBe(
      'CONFLICT',
    );
    const audit = await t.ds.query(
      `SELECT action, actor_id, reason FROM audit_entries WHERE target_id = $1`,
      [created.id],
    );
    expect(audit).toEqual([
      {
        action: 'USER_APPROVED',
        actor_id: moderator.id,
        reason: 'E-Mail-Adresse von der Moderation bestätigt (nicht per Link)',
      },
    ]);

    const login = ok(
      await t.gql(LOGIN, { input: { email: 'PENDING@kassel.example', password: 'Sicheres-Passwort-1' } }),
    );
    expect(login.login.user).toMatchObject({ id: created.id, status: 'ACTIVE' });
  });

  it('answers a second registration of an address like a new one, creates nothing and tells the owner', async () => {
    const first = ok(await register({ email: 'doppelt@kassel.example' })).register;
    const again = ok(await register({ email: 'DOPPELT@kassel.example', displayName: 'Jemand Anderes' }));
    // Same shape as a new registration: no CONFLICT, nothing that tells the addresses apart.
    expect(again.register).toMatchObject({ status: 'PENDING', role: 'USER', displayName: 'Jemand Anderes' });
    expect(again.register.id).not.toBe(first.id);
    const rows = await t.ds.query(
      `SELECT id, display_name FROM users WHERE lower(email) = 'doppelt@kassel.example'`,
    );
    expect(rows).toEqual([{ id: first.id, display_name: 'Neue Person' }]);
    await t.app.get(DomainEventsService).drain(); // the mails are enqueued after the answer
    const mails = await t.ds.query(
      `SELECT kind, to_address FROM email_outbox WHERE recipient_user_id = $1 ORDER BY created_at`,
      [first.id],
    );
    expect(mails).toEqual([
      { kind: 'CONFIRM_EMAIL', to_address: 'doppelt@kassel.example' },
      { kind: 'REGISTRATION_ATTEMPT', to_address: 'doppelt@kassel.example' },
    ]);
  });

  it('rate-limits registrations per e-mail address and per client address', async () => {
    const limited = await startTestApp({ REGISTER_MAX_PER_HOUR: '4' });
    try {
      const org = await createOrganisation(limited.ds, OrganisationKind.KOMMUNE);
      const attempt = (email: string) =>
        limited.gql(REGISTER, {
          input: { email, password: 'Sicheres-Passwort-1', displayName: 'Probe', organisationId: org },
        });
      // Per address: three an hour, whether or not the address has an account.
      for (let i = 0; i < 3; i += 1) ok(await attempt('probe@kassel.example'));
      expect(errorCode(await attempt('PROBE@kassel.example'))).toBe('RATE_LIMITED');
      // Per client: the fifth attempt from one IP is refused, whatever the address.
      expect(errorCode(await attempt('andere@kassel.example'))).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('validates every registration field with a readable message', async () => {
    const res = await register({ email: 'keine-mail', password: 'kurz', displayName: ' ' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields ?? {}).sort()).toEqual([
      'displayName',
      'email',
      'password',
    ]);
    expect(res.errors?.[0].extensions?.fields?.password).toMatch(/mindestens 12 Zeichen/);
    // A malformed id is refused before any resolver runs (common/graphql/input-guard.ts), naming the field.
    const badId = await register({ organisationId: 'nope' });
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0].extensions?.fields).toEqual({ organisationId: 'Ungültige ID.' });
    const unknownOrg = await register({
      email: 'x@kassel.example',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCode(unknownOrg)).toBe('BAD_USER_INPUT');
    const count = await t.ds.query(
      `SELECT count(*)::int AS n FROM users WHERE email IN ('keine-mail', 'x@kassel.example')`,
    );
    expect(count[0].n).toBe(0);
  });

  it('signs in with an httpOnly cookie and a bearer token, and signs out', async () => {
    const user = await createUser(t.ds, { email: 'anna@kassel.example', organisationId: kommuneId });
    const res = await t.gql(LOGIN, { input: { email: 'anna@kassel.example', password: TEST_PASSWORD } });
    const { token } = ok(res).login;
    // Besides the routing cookie of the load balancer (common/http/request-guards.ts).
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('forum_session=')) ?? '';
    expect(setCookie).toMatch(/forum_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0];

    expect(ok(await t.gql(ME, {}, { cookie })).me).toMatchObject({
      id: user.id,
      email: 'anna@kassel.example',
      organisation: { name: 'Stadt Kassel' },
    });
    expect(ok(await t.gql(ME, {}, { token })).me.id).toBe(user.id);

    expect(ok(await t.gql(`mutation { logout }`, {}, { token })).logout).toBe(true);
    expect(ok(await t.gql(ME, {}, { token })).me).toBeNull();
    expect(ok(await t.gql(ME, {}, { cookie })).me).toBeNull();
  });

  it('answers a wrong password with UNAUTHENTICATED and rate-limits repeated failures', async () => {
    await createUser(t.ds, { email: 'ziel@kassel.example' });
    const attempt = (password: string) => t.gql(LOGIN, { input: { email: 'ziel@kassel.example', password } });
    for (let i = 0; i < 3; i++) expect(errorCode(await attempt('falsch'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attempt('falsch'))).toBe('RATE_LIMITED');
    expect(errorCode(await attempt(TEST_PASSWORD))).toBe('RATE_LIMITED');
    expect(
      errorCode(await t.gql(LOGIN, { input: { email: 'unbekannt@kassel.example', password: 'egal' } })),
    ).toBe('UNAUTHENTICATED');
  });

  it('gives pending, suspended and deleted accounts nothing but sign-out', async () => {
    for (const status of [UserStatus.PENDING, UserStatus.SUSPENDED, UserStatus.DELETED]) {
      const user = await createUser(t.ds, { status });
      expect(errorCode(await t.gql(`{ boards { id } }`, {}, { token: user.token }))).toBe('FORBIDDEN');
      expect(ok(await t.gql(`mutation { logout }`, {}, { token: user.token })).logout).toBe(true);
    }
  });

  it('keeps guests to the public operations', async () => {
    expect(ok(await t.gql(ME)).me).toBeNull();
    for (const query of [
      `{ boards { id } }`,
      `{ board(slug: "x") { id } }`,
      `{ thread(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      `{ pendingUsers { totalCount } }`,
    ]) {
      expect(errorCode(await t.gql(query))).toBe('UNAUTHENTICATED');
    }
  });

  it('expires sessions', async () => {
    const user = await createUser(t.ds);
    await t.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    expect(ok(await t.gql(ME, {}, { token: user.token })).me).toBeNull();
  });

  it('lets a user change their display name, and shows e-mails only to themselves and moderators', async () => {
    const user = await createUser(t.ds, { email: 'privat@kassel.example' });
    const other = await createUser(t.ds);
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    const updated = await t.gql(
      `mutation { updateProfile(input: { displayName: "  Anna Beispiel " }) { displayName } }`,
      {},
      { token: user.token },
    );
    expect(ok(updated).updateProfile.displayName).toBe('Anna Beispiel');
    const q = `query($id: ID!) { user(id: $id) { displayName email } }`;
    expect(ok(await t.gql(q, { id: user.id }, { token: other.token })).user).toEqual({
      displayName: 'Anna Beispiel',
      email: null,
    });
    expect(ok(await t.gql(q, { id: user.id }, { token: moderator.token })).user.email).toBe(
      'privat@kassel.example',
    );
    expect(
      errorCode(
        await t.gql(
          `mutation { updateProfile(input: { displayName: "A" }) { id } }`,
          {},
          { token: user.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('lists pending registrations oldest first with cursor pagination', async () => {
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    for (let i = 0; i < 3; i++)
      await createUser(t.ds, { status: UserStatus.PENDING, displayName: `Wartend ${i}` });
    const q = `query($after: String) { pendingUsers(first: 2, after: $after) { totalCount edges { node { id displayName email emailConfirmed organisation { kind } } } pageInfo { endCursor hasNextPage } } }`;
    const first = ok(await t.gql(q, {}, { token: moderator.token })).pendingUsers;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const all = [...first.edges];
    let cursor = first.pageInfo.endCursor;
    for (;;) {
      const page = ok(await t.gql(q, { after: cursor }, { token: moderator.token })).pendingUsers;
      all.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      cursor = page.pageInfo.endCursor;
    }
    expect(all.length).toBe(first.totalCount);
    expect(new Set(all.map((e) => e.node.id)).size).toBe(all.length);
    // Confirmed (the factory's) and unconfirmed (registered through the API earlier) alike, marked.
    expect(all.filter((e) => e.node.displayName.startsWith('Wartend'))).toHaveLength(3);
    expect(all.find((e) => e.node.displayName === 'Wartend 0').node.emailConfirmed).toBe(true);
    expect(all.some((e) => e.node.emailConfirmed === false)).toBe(true);
    expect(
      errorCode(
        await t.gql(`{ pendingUsers(after: "kaputt") { totalCount } }`, {}, { token: moderator.token }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
