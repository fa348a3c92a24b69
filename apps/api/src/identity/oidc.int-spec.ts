import { randomUUID } from 'node:crypto';
import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../test/factories';
import {
  CookieJar,
  signInThroughProvider,
  startOidcProvider,
  type TestProvider,
} from '../../test/oidc-provider';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { SESSION_COOKIE } from '../auth/session-token';

const PUBLIC_URL = 'http://localhost:3000';
const ME = `{ me { id status organisation { id code } } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;
const run = Date.now().toString(36);
const mail = (name: string) => `${name}-${run}@kommune.example`;

const client = (id: string, provider: string) => ({
  client_id: id,
  client_secret: `${id}-secret`,
  redirect_uris: [`${PUBLIC_URL}/auth/oidc/${provider}/callback`],
  post_logout_redirect_uris: [`${PUBLIC_URL}/`],
});

// A real OpenID provider (oidc-provider) in a child process, its own login form, and the whole forum.
describe('sign-in through OpenID Connect providers', () => {
  let t: TestApp;
  let idp: TestProvider;
  let late: TestProvider;
  let ahead: TestProvider;
  const fitkoId = randomUUID();

  const accounts = {
    anna: { email: mail('anna'), email_verified: true, name: 'Anna Amt', org: '066110000000' },
    lena: { email: mail('lena'), email_verified: true, given_name: 'Lena', family_name: 'Land', org: 'he' },
    carla: { email: mail('carla'), email_verified: true, name: 'Carla' },
    dora: { email: mail('dora'), email_verified: false, name: 'Dora' },
    emil: { email: mail('emil'), email_verified: true, name: 'Emil Extern' },
    frank: { email: mail('frank'), email_verified: true, name: 'Frank' },
    otto: { email: mail('otto'), email_verified: true, name: 'Otto', org: '99999999' },
  };
  const walk = (provider: string, login: string, opts?: Parameters<typeof signInThroughProvider>[4]) =>
    signInThroughProvider(t.url, PUBLIC_URL, provider, login, opts);
  const session = (jar: CookieJar) => jar.get(t.url, SESSION_COOKIE);
  const meWith = async (jar: CookieJar) => {
    const token = session(jar);
    return token ? ok(await t.gql(ME, {}, { cookie: `${SESSION_COOKIE}=${token}` })).me : null;
  };
  const userByEmail = async (email: string) =>
    (
      (await t.ds.query('SELECT id, status, organisation_id FROM users WHERE lower(email) = lower($1)', [
        email,
      ])) as { id: string; status: string; organisation_id: string }[]
    )[0];

  beforeAll(async () => {
    [idp, late, ahead] = await Promise.all([
      startOidcProvider({
        clients: [client('forum-land', 'land'), client('forum-fitko', 'fitko')],
        accounts,
      }),
      // Its clock is more than an hour behind: every ID token it issues has expired.
      startOidcProvider({ clients: [client('forum-late', 'late')], accounts, clockOffsetSeconds: -3700 }),
      // 20 seconds ahead: within the tolerated clock skew.
      startOidcProvider({ clients: [client('forum-ahead', 'ahead')], accounts, clockOffsetSeconds: 20 }),
    ]);
    const provider = (id: string, issuer: string, extra: Record<string, unknown> = {}) => ({
      id,
      issuer,
      clientId: `forum-${id}`,
      clientSecret: `forum-${id}-secret`,
      label: `Mit ${id} anmelden`,
      ...extra,
    });
    t = await startTestApp({
      PUBLIC_URL,
      OIDC_PROVIDERS: JSON.stringify([
        provider('land', idp.issuer, { trusted: true, organisationClaim: 'org' }),
        provider('fitko', idp.issuer, { organisationId: fitkoId }),
        provider('late', late.issuer, { trusted: true, organisationId: fitkoId }),
        provider('ahead', ahead.issuer, { trusted: true, organisationId: fitkoId }),
      ]),
    });
    await t.ds.query(`INSERT INTO organisations (id, kind, name) VALUES ($1, 'FITKO', 'FITKO')`, [fitkoId]);
    await createOrganisation(t.ds, OrganisationKind.KOMMUNE, { name: 'Stadt Kassel', code: '06611000' });
    await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen', code: 'HE' });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([idp?.close(), late?.close(), ahead?.close()]);
  });

  it('creates an active account at a trusted provider, in the Kommune its ARS claim names, and lands on the boards', async () => {
    const { landing, jar } = await walk('land', 'anna');
    expect(landing).toBe('/bereiche');
    const me = await meWith(jar);
    expect(me).toMatchObject({ status: 'ACTIVE', organisation: { code: '06611000' } });
    const again = await walk('land', 'anna');
    expect(again.landing).toBe('/bereiche');
    expect((await meWith(again.jar)).id).toBe(me.id);
    const lena = await walk('land', 'lena');
    expect(await meWith(lena.jar)).toMatchObject({ status: 'ACTIVE', organisation: { code: 'HE' } });
    const [row] = (await t.ds.query('SELECT display_name FROM users WHERE id = $1', [
      (await meWith(lena.jar)).id,
    ])) as { display_name: string }[];
    expect(row.display_name).toBe('Lena Land');
  });

  it('refuses a new account whose organisation cannot be found', async () => {
    expect((await walk('land', 'otto')).landing).toBe('/?anmeldung=organisation');
    expect(await userByEmail(accounts.otto.email)).toBeUndefined();
  });

  it('puts new users of an untrusted provider in the approval queue of its fixed organisation', async () => {
    const { landing, jar } = await walk('fitko', 'emil');
    expect(landing).toBe('/?anmeldung=pending');
    expect(session(jar)).toBeUndefined();
    const user = await userByEmail(accounts.emil.email);
    expect(user).toMatchObject({ status: 'PENDING', organisation_id: fitkoId });
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    ok(
      await t.gql(
        `mutation($u: ID!) { approveUser(userId: $u) { id } }`,
        { u: user.id },
        { token: moderator.token },
      ),
    );
    const approved = await walk('fitko', 'emil');
    expect(approved.landing).toBe('/bereiche');
    expect((await meWith(approved.jar)).id).toBe(user.id);
  });

  it('links an existing account by an e-mail address the provider has verified, and refuses an unverified one', async () => {
    const carla = await createUser(t.ds, { email: accounts.carla.email });
    const linked = await walk('fitko', 'carla');
    expect(linked.landing).toBe('/bereiche');
    expect((await meWith(linked.jar)).id).toBe(carla.id);
    // The password still works too.
    expect(
      ok(await t.gql(LOGIN, { i: { email: carla.email, password: TEST_PASSWORD } })).login.token,
    ).toBeTruthy();

    const dora = await createUser(t.ds, { email: accounts.dora.email });
    const refused = await walk('land', 'dora');
    expect(refused.landing).toBe('/?anmeldung=unverified_email');
    expect(session(refused.jar)).toBeUndefined();
    const links = (await t.ds.query('SELECT 1 FROM user_identities WHERE user_id = $1', [
      dora.id,
    ])) as unknown[];
    expect(links).toHaveLength(0);
  });

  it('refuses a suspended user', async () => {
    await createUser(t.ds, { email: accounts.frank.email, status: UserStatus.SUSPENDED });
    const { landing, jar } = await walk('land', 'frank');
    expect(landing).toBe('/?anmeldung=suspended');
    expect(session(jar)).toBeUndefined();
  });

  it('refuses a wrong state and a replayed code', async () => {
    const forged = await walk('land', 'anna', {
      beforeCallback: (url) => url.replace(/state=[^&]+/, 'state=nicht-der-richtige'),
    });
    expect(forged.landing).toBe('/?anmeldung=state');
    expect(session(forged.jar)).toBeUndefined();

    // A sign-in that succeeds; its transaction cookie is kept as an attacker who copied it would.
    const jar = new CookieJar();
    let copied = '';
    const original = await walk('land', 'anna', {
      jar,
      beforeCallback: (url) => {
        copied = jar.get(t.url, 'forum_oidc_tx') ?? '';
        return url;
      },
    });
    expect(original.landing).toBe('/bereiche');
    expect(copied).not.toBe('');
    expect(jar.get(t.url, 'forum_oidc_tx')).toBeUndefined(); // spent at the callback
    // The same callback again from that browser: its transaction is over.
    const again = await fetch(original.callbackUrl, {
      redirect: 'manual',
      headers: { cookie: jar.header(t.url) },
    });
    expect(again.headers.get('location')).toBe('/?anmeldung=state');
    // With the copied transaction cookie: the provider refuses the code it already exchanged.
    const replay = await fetch(original.callbackUrl, {
      redirect: 'manual',
      headers: { cookie: `forum_oidc_tx=${copied}` },
    });
    expect(replay.headers.get('location')).toBe('/?anmeldung=provider');
    expect(replay.headers.getSetCookie().filter((c) => c.startsWith(`${SESSION_COOKIE}=`))).toEqual([]);
  });

  it('refuses an expired ID token, and tolerates a provider clock 20 seconds ahead', async () => {
    const expired = await walk('late', 'anna');
    expect(expired.landing).toBe('/?anmeldung=provider');
    expect(session(expired.jar)).toBeUndefined();
    expect((await walk('ahead', 'lena')).landing).toBe('/bereiche');
  });

  it("logs out: ends the forum session and sends the browser to the provider's end-session endpoint", async () => {
    const { jar } = await walk('land', 'anna');
    const token = session(jar)!;
    expect(await meWith(jar)).not.toBeNull();
    const res = await fetch(`${t.url}/auth/oidc/logout`, {
      redirect: 'manual',
      headers: { cookie: jar.header(t.url) },
    });
    expect(res.status).toBe(303);
    const target = new URL(res.headers.get('location')!);
    expect(target.origin).toBe(idp.issuer);
    expect(target.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(target.searchParams.get('id_token_hint')).toBeTruthy();
    expect(ok(await t.gql(ME, {}, { cookie: `${SESSION_COOKIE}=${token}` })).me).toBeNull();
    // The provider accepts the request (its confirmation page).
    expect((await fetch(target, { redirect: 'manual' })).status).toBe(200);
  });

  it('counts sign-ins and failures per provider in /metrics, and shows admins the providers without secrets', async () => {
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/forum_oidc_sign_ins_total\{provider="land"\} [1-9]/);
    expect(metrics).toMatch(
      /forum_oidc_sign_in_failures_total\{provider="land",reason="unverified_email"\} [1-9]/,
    );
    expect(metrics).toMatch(/forum_oidc_sign_in_failures_total\{provider="late",reason="provider"\} [1-9]/);

    const QUERY = `{ identityProviders { id label issuer clientId trusted organisationClaim organisationId linkedAccounts } }`;
    const admin = await createUser(t.ds, { role: Role.ADMIN });
    const user = await createUser(t.ds);
    expect(errorCode(await t.gql(QUERY, {}, { token: user.token }))).toBe('FORBIDDEN');
    const list = ok(await t.gql(QUERY, {}, { token: admin.token })).identityProviders as Record<
      string,
      unknown
    >[];
    expect(list.map((p) => p.id)).toEqual(['land', 'fitko', 'late', 'ahead']);
    expect(list[0]).toMatchObject({ trusted: true, organisationClaim: 'org', issuer: idp.issuer });
    const [counts] = (await t.ds.query(
      `SELECT count(*) FILTER (WHERE provider_id = 'land')::int AS land, count(*) FILTER (WHERE provider_id = 'fitko')::int AS fitko FROM user_identities`,
    )) as { land: number; fitko: number }[];
    expect(list[0].linkedAccounts).toBe(counts.land);
    expect(list[1].linkedAccounts).toBe(counts.fitko);
    expect(counts.land).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(list)).not.toContain('secret');

    const options = ok(await t.gql(`{ signInOptions { passwordLogin providers { id label loginUrl } } }`));
    expect(options.signInOptions.passwordLogin).toBe(true);
    expect(options.signInOptions.providers[0]).toEqual({
      id: 'land',
      label: 'Mit land anmelden',
      loginUrl: '/auth/oidc/land/login',
    });
  });
});
