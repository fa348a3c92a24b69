import { displayNameFromClaims, organisationKeyFromClaim } from './oidc-organisation';

describe('organisation from a provider claim', () => {
  it('reads an AGS, an ARS (first five and last three digits are the AGS) and a Land code', () => {
    expect(organisationKeyFromClaim('06414000')).toEqual({ kind: 'KOMMUNE', ags: '06414000', ars: null });
    expect(organisationKeyFromClaim('064140000000')).toEqual({
      kind: 'KOMMUNE',
      ags: '06414000',
      ars: '064140000000',
    });
    expect(organisationKeyFromClaim('064340001001')).toEqual({
      kind: 'KOMMUNE',
      ags: '06434001',
      ars: '064340001001',
    });
    expect(organisationKeyFromClaim('he')).toEqual({ kind: 'LAND', code: 'HE' });
    expect(organisationKeyFromClaim(['NW', 'HE'])).toEqual({ kind: 'LAND', code: 'NW' });
  });

  it('names nothing for other values', () => {
    for (const v of [undefined, null, '', '0641400', '0641400000001', 'HES', {}, true])
      expect(organisationKeyFromClaim(v)).toBeNull();
  });
});

describe('display name from claims', () => {
  it('prefers name, then given and family name, then the address', () => {
    expect(displayNameFromClaims({ name: 'Anna Amt', given_name: 'A' }, 2, 60)).toBe('Anna Amt');
    expect(displayNameFromClaims({ given_name: 'Anna', family_name: 'Amt' }, 2, 60)).toBe('Anna Amt');
    expect(displayNameFromClaims({ email: 'anna.amt@kassel.example' }, 2, 60)).toBe('anna.amt');
    expect(displayNameFromClaims({ sub: 'abcdefghijk' }, 2, 60)).toBe('Nutzer abcdefgh');
    expect(displayNameFromClaims({ name: 'x'.repeat(100) }, 2, 60)).toHaveLength(60);
  });
});
