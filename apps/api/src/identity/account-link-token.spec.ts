import { signAccountLink, verifyAccountLink } from './account-link-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const ID = '3f2b8c1e-5d4a-4b6f-9e2a-1c7d8e9f0a1b';

describe('account link tokens', () => {
  it('returns the row id of a genuine link', () => {
    expect(verifyAccountLink(SECRET, 'PASSWORD_RESET', signAccountLink(SECRET, 'PASSWORD_RESET', ID))).toBe(
      ID,
    );
  });

  it('refuses a link of the other purpose, another key, or a changed character', () => {
    const token = signAccountLink(SECRET, 'EMAIL_CHANGE', ID);
    expect(verifyAccountLink(SECRET, 'PASSWORD_RESET', token)).toBeNull();
    expect(verifyAccountLink(`${SECRET}x`, 'EMAIL_CHANGE', token)).toBeNull();
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    expect(
      verifyAccountLink(SECRET, 'EMAIL_CHANGE', `${token.slice(0, -2)}${last}${token.at(-1)}`),
    ).toBeNull();
    const forged = `${Buffer.from(`EMAIL_CHANGE.${ID.replace('3', '4')}`).toString('base64url')}.${token.split('.')[1]}`;
    expect(verifyAccountLink(SECRET, 'EMAIL_CHANGE', forged)).toBeNull();
  });

  it('refuses what is not a token at all', () => {
    for (const bad of [undefined, 42, '', 'abc', 'a.b.c', `${'x'.repeat(301)}`, 'ä.ö'])
      expect(verifyAccountLink(SECRET, 'PASSWORD_RESET', bad)).toBeNull();
  });
});
