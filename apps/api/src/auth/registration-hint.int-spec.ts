import { Role } from '@forum/shared';
import { createUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const CHECK = `query($e: String!, $k: OrganisationKind) { registrationApprovedAtOnce(email: $e, organisationKind: $k) }`;

describe('registration hint: is an address approved at once? (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await createUser(t.ds, { role: Role.ADMIN });
    const add = `mutation { addAllowedEmailDomain(domain: "kassel.example", kind: KOMMUNE) { domain } }`;
    ok(await t.gql(add, {}, { token: admin.token }));
  });
  afterAll(() => t.close());

  const check = async (email: string, kind?: string) =>
    ok(await t.gql(CHECK, { e: email, k: kind })).registrationApprovedAtOnce as boolean;

  it('answers guests: allow-listed domains and their subdomains, per organisation kind', async () => {
    expect(await check('anna@kassel.example')).toBe(true);
    expect(await check('Anna@Rathaus.Kassel.EXAMPLE', 'KOMMUNE')).toBe(true);
    expect(await check('anna@kassel.example', 'LAND')).toBe(false);
    expect(await check('anna@mail.example')).toBe(false);
    expect(await check('anna@example')).toBe(false);
  });

  it('treats anything that is not an address as not approved at once, and refuses bad input', async () => {
    for (const email of ['', 'kein-at', 'a@', "a@x' OR 1=1 --"]) expect(await check(email)).toBe(false);
    expect(errorCode(await t.gql(CHECK, { e: `${'a'.repeat(250)}@kassel.example` }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(CHECK, { e: 'a@kassel.example\u0000' }))).toBe('BAD_USER_INPUT');
  });
});
