// The OpenID Connect providers of OIDC_PROVIDERS (a JSON array) or of the single-provider variables
// (OIDC_ISSUER …, id `default`), validated at boot like every other variable.

export interface OidcProviderConfig {
  /** In the routes /auth/oidc/<id>/login and /auth/oidc/<id>/callback. */
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** The button text, e.g. "Mit dem Landeskonto Hessen anmelden". */
  label: string;
  /** New users are ACTIVE at once and placed in the organisation the claims (or organisationId) name. */
  trusted: boolean;
  /** The claim carrying an AGS (8 digits), an ARS (12 digits) or a Land code (e.g. HE). */
  organisationClaim: string | undefined;
  /** A fixed organisation (uuid) for every user of this provider. */
  organisationId: string | undefined;
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(message: string): never {
  throw new Error(`Configuration error: ${message}`);
}

function str(value: unknown, name: string, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) fail(`${name} is required`);
    return undefined;
  }
  if (typeof value !== 'string') fail(`${name} must be a string`);
  return value;
}

function bool(value: unknown, name: string): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && ['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (typeof value === 'string' && ['false', '0', 'no'].includes(value.toLowerCase())) return false;
  return fail(`${name} must be true or false`);
}

function provider(raw: Record<string, unknown>, where: string): OidcProviderConfig {
  const id = str(raw.id, `${where} id`, true)!;
  if (!ID.test(id)) fail(`${where} id must be lower-case letters, digits and dashes, got "${id}"`);
  const issuer = str(raw.issuer, `${where} issuer`, true)!;
  if (!/^https?:\/\/[^/\s]+\S*$/.test(issuer)) fail(`${where} issuer must be an http(s) URL`);
  const organisationId = str(raw.organisationId, `${where} organisationId`, false);
  if (organisationId && !UUID.test(organisationId)) fail(`${where} organisationId must be a UUID`);
  return {
    id,
    issuer,
    clientId: str(raw.clientId, `${where} clientId`, true)!,
    clientSecret: str(raw.clientSecret, `${where} clientSecret`, false),
    label: str(raw.label, `${where} label`, false) ?? 'Mit dem Konto Ihrer Organisation anmelden',
    trusted: bool(raw.trusted, `${where} trusted`),
    organisationClaim: str(raw.organisationClaim, `${where} organisationClaim`, false),
    organisationId,
  };
}

export function loadOidcProviders(env: NodeJS.ProcessEnv): OidcProviderConfig[] {
  const list: OidcProviderConfig[] = [];
  if (env.OIDC_ISSUER) {
    list.push(
      provider(
        {
          id: 'default',
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          label: env.OIDC_LABEL,
          trusted: env.OIDC_TRUSTED,
          organisationClaim: env.OIDC_ORGANISATION_CLAIM,
          organisationId: env.OIDC_ORGANISATION_ID,
        },
        'OIDC_*:',
      ),
    );
  }
  if (env.OIDC_PROVIDERS) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(env.OIDC_PROVIDERS);
    } catch {
      fail('OIDC_PROVIDERS must be a JSON array of providers');
    }
    if (!Array.isArray(parsed)) fail('OIDC_PROVIDERS must be a JSON array of providers');
    parsed.forEach((raw, i) => {
      if (!raw || typeof raw !== 'object') fail(`OIDC_PROVIDERS[${i}] must be an object`);
      list.push(provider(raw as Record<string, unknown>, `OIDC_PROVIDERS[${i}]`));
    });
  }
  const ids = list.map((p) => p.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) fail(`OIDC provider id "${twice}" is configured twice`);
  return list;
}
