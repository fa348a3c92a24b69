import { loadOidcProviders } from './oidc-config';

describe('OIDC provider configuration', () => {
  it('reads the single-provider variables as provider "default"', () => {
    const [p] = loadOidcProviders({
      OIDC_ISSUER: 'https://login.hessen.example/realms/land',
      OIDC_CLIENT_ID: 'forum',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_LABEL: 'Mit dem Landeskonto Hessen anmelden',
      OIDC_TRUSTED: 'true',
      OIDC_ORGANISATION_CLAIM: 'ags',
    });
    expect(p).toEqual({
      id: 'default',
      issuer: 'https://login.hessen.example/realms/land',
      clientId: 'forum',
      clientSecret: 's3cret',
      label: 'Mit dem Landeskonto Hessen anmelden',
      trusted: true,
      organisationClaim: 'ags',
      organisationId: undefined,
    });
  });

  it('reads several providers from OIDC_PROVIDERS and refuses a repeated id or a bad value', () => {
    const two = JSON.stringify([
      { id: 'fitko', issuer: 'https://id.fitko.example', clientId: 'a', label: 'FITKO' },
      { id: 'nrw', issuer: 'https://id.nrw.example', clientId: 'b', trusted: true },
    ]);
    expect(loadOidcProviders({ OIDC_PROVIDERS: two }).map((p) => [p.id, p.trusted])).toEqual([
      ['fitko', false],
      ['nrw', true],
    ]);
    expect(() =>
      loadOidcProviders({ OIDC_PROVIDERS: two, OIDC_ISSUER: 'https://x.example', OIDC_CLIENT_ID: 'c' }),
    ).not.toThrow();
    const again = JSON.stringify([
      { id: 'a', issuer: 'https://a.example', clientId: 'x' },
      { id: 'a', issuer: 'https://b.example', clientId: 'y' },
    ]);
    expect(() => loadOidcProviders({ OIDC_PROVIDERS: again })).toThrow('configured twice');
    expect(() => loadOidcProviders({ OIDC_PROVIDERS: '{' })).toThrow('JSON array');
    expect(() => loadOidcProviders({ OIDC_ISSUER: 'https://x.example' })).toThrow('clientId is required');
    expect(() =>
      loadOidcProviders({
        OIDC_PROVIDERS: JSON.stringify([{ id: 'Ä', issuer: 'https://a', clientId: 'x' }]),
      }),
    ).toThrow('lower-case');
  });

  it('has no providers when nothing is set', () => {
    expect(loadOidcProviders({})).toEqual([]);
  });
});
