import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import { createOrganisation, createUser, TEST_PASSWORD, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token user { id status } } }`;
const REGISTER = `mutation($i: RegisterInput!) { register(input: $i) { id status } }`;

describe('the e-mail domain allow-list: registrations approved at once (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let moderator: TestUser;
  let admin: TestUser;
  let kommune: string;
  let land: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '1000' });
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
    admin = await createUser(t.ds, { role: Role.ADMIN });
    land = await createOrganisation(t.ds, OrganisationKind.LAND);
    kommune = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, { landId: land });
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });
  const login = (email: string) => t.gql(LOGIN, { i: { email, password: TEST_PASSWORD } });
  const register = (email: string, organisationId = kommune) =>
    t.gql(REGISTER, { i: { email, password: TEST_PASSWORD, displayName: 'Neue Person', organisationId } });

  it('approves registrations from allow-listed domains for the matching organisation kind at once', async () => {
    const add = (domain: string, kind: string, user = admin) =>
      t.gql(
        `mutation($d: String!, $k: OrganisationKind!) { addAllowedEmailDomain(domain: $d, kind: $k) { domain organisationKind } }`,
        { d: domain, k: kind },
        as(user),
      );
    expect(ok(await add('  @Kassel.EXAMPLE ', 'KOMMUNE')).addAllowedEmailDomain).toEqual({
      domain: 'kassel.example',
      organisationKind: 'KOMMUNE',
    });
    expect(errorCode(await add('kassel.example', 'KOMMUNE'))).toBe('CONFLICT');
    const bad = await add('kein domain', 'KOMMUNE');
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toHaveProperty('domain');

    const direct = ok(await register('anna@kassel.example')).register;
    expect(direct.status).toBe('ACTIVE');
    expect(ok(await register('bernd@buergeramt.kassel.example')).register.status).toBe('ACTIVE');
    expect(ok(await login('anna@kassel.example')).login.user.status).toBe('ACTIVE');
    const [entry] = await t.ds.query(`SELECT action, actor_id FROM audit_entries WHERE target_id = $1`, [
      direct.id,
    ]);
    expect(entry).toEqual({ action: 'USER_AUTO_APPROVED', actor_id: null });
    // Another organisation kind or a look-alike domain waits for a moderator.
    expect(ok(await register('carla@kassel.example', land)).register.status).toBe('PENDING');
    expect(ok(await register('dora@notkassel.example')).register.status).toBe('PENDING');

    const list = ok(await t.gql(`{ allowedEmailDomains { domain organisationKind } }`, {}, as(admin)));
    expect(list.allowedEmailDomains).toEqual([{ domain: 'kassel.example', organisationKind: 'KOMMUNE' }]);
    const remove = `mutation { removeAllowedEmailDomain(domain: "kassel.example", kind: KOMMUNE) }`;
    expect(ok(await t.gql(remove, {}, as(admin))).removeAllowedEmailDomain).toBe(true);
    expect(errorCode(await t.gql(remove, {}, as(admin)))).toBe('NOT_FOUND');
    expect(ok(await register('emil@kassel.example')).register.status).toBe('PENDING');
    const audit = await t.ds.query(
      `SELECT action, reason FROM audit_entries WHERE target_type = 'EMAIL_DOMAIN' ORDER BY created_at, id`,
    );
    expect(audit).toEqual([
      { action: 'EMAIL_DOMAIN_ALLOWED', reason: 'kassel.example (KOMMUNE)' },
      { action: 'EMAIL_DOMAIN_REMOVED', reason: 'kassel.example (KOMMUNE)' },
    ]);
  });

  it('shows the e-mail domain of pending users to moderators only', async () => {
    const pending = await createUser(t.ds, {
      status: UserStatus.PENDING,
      email: `warte-${Date.now()}@landkreis.example`,
    });
    const q = `{ pendingUsers(first: 100) { edges { node { id emailDomain } } } }`;
    const node = ok(await t.gql(q, {}, as(moderator))).pendingUsers.edges.find(
      (e: { node: { id: string } }) => e.node.id === pending.id,
    ).node;
    expect(node.emailDomain).toBe('landkreis.example');
    const user = await createUser(t.ds);
    const seen = ok(
      await t.gql(`query($id: ID!) { user(id: $id) { emailDomain } }`, { id: pending.id }, as(user)),
    );
    expect(seen.user.emailDomain).toBeNull();
  });
});
