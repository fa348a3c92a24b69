import { emailDomainOf } from './registration-rules';

describe('emailDomainOf', () => {
  it('returns the lower-cased domain or null', () => {
    expect(emailDomainOf('Anna@Kassel.DE')).toBe('kassel.de');
    expect(emailDomainOf('a@b@stadt.example')).toBe('stadt.example');
    expect(emailDomainOf(null)).toBeNull();
    expect(emailDomainOf('kein-at')).toBeNull();
  });
});
