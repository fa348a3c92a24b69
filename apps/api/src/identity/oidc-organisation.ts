// Which organisation a provider's claim names: an 8-digit AGS, a 12-digit ARS (its first five and last
// three digits are the AGS), or a Land's two-letter code. Pure, so the rules are tested on their own.

export type OrganisationKey =
  { kind: 'KOMMUNE'; ags: string; ars: string | null } | { kind: 'LAND'; code: string };

export function organisationKeyFromClaim(value: unknown): OrganisationKey | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).replace(/\s+/g, '');
  if (/^\d{8}$/.test(text)) return { kind: 'KOMMUNE', ags: text, ars: null };
  if (/^\d{12}$/.test(text))
    return { kind: 'KOMMUNE', ags: `${text.slice(0, 5)}${text.slice(9)}`, ars: text };
  if (/^[A-Za-z]{2}$/.test(text)) return { kind: 'LAND', code: text.toUpperCase() };
  return null;
}

/** A display name from the usual claims, within the forum's limits. */
export function displayNameFromClaims(claims: Record<string, unknown>, min: number, max: number): string {
  const str = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string).trim() : '');
  const joined = [str('given_name'), str('family_name')].filter(Boolean).join(' ');
  const email = str('email');
  let name = str('name') || joined || str('preferred_username') || (email ? email.split('@')[0] : '');
  name = name
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .slice(0, max)
    .trim();
  return name.length >= min ? name : `Nutzer ${str('sub').slice(0, 8) || 'OIDC'}`.slice(0, max);
}
