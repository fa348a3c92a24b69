import { OrganisationKind } from '@forum/shared';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

// PASSWORD_LOGIN=false: an administration that allows only its identity providers.
describe('PASSWORD_LOGIN=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PASSWORD_LOGIN: 'false' });
  });
  afterAll(() => t.close());

  it('refuses login, register and the password reset with FORBIDDEN, and tells the sign-in page', async () => {
    const user = await createUser(t.ds);
    const login = await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, {
      i: { email: user.email, password: TEST_PASSWORD },
    });
    expect(errorCode(login)).toBe('FORBIDDEN');
    const organisationId = await createOrganisation(t.ds, OrganisationKind.KOMMUNE);
    const register = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
      i: {
        email: 'neu@kommune.example',
        password: 'Sicheres-Passwort-1',
        displayName: 'Neu',
        organisationId,
      },
    });
    expect(errorCode(register)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(`mutation { requestPasswordReset(email: "${user.email}") }`))).toBe(
      'FORBIDDEN',
    );
    expect(ok(await t.gql(`{ signInOptions { passwordLogin } }`)).signInOptions.passwordLogin).toBe(false);
    // Signed-in sessions (e.g. from a provider) keep working.
    expect(ok(await t.gql(`{ me { id } }`, {}, { token: user.token })).me.id).toBe(user.id);
  });
});
