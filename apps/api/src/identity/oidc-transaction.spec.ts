import { openTransaction, sealTransaction, type OidcTransaction } from './oidc-transaction';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const tx: OidcTransaction = {
  providerId: 'default',
  state: 's',
  nonce: 'n',
  codeVerifier: 'v',
  startedAt: Math.floor(Date.now() / 1000),
};

describe('OIDC transaction cookie', () => {
  it('opens what it sealed, and nothing changed, foreign or older than ten minutes', () => {
    const sealed = sealTransaction(SECRET, tx);
    expect(openTransaction(SECRET, sealed)).toEqual(tx);
    expect(openTransaction(`${SECRET}!`, sealed)).toBeNull();
    const changed = sealTransaction(SECRET, { ...tx, state: 'other' }).split('.')[0];
    expect(openTransaction(SECRET, `${changed}.${sealed.split('.')[1]}`)).toBeNull();
    expect(openTransaction(SECRET, sealed, Date.now() + 11 * 60_000)).toBeNull();
    expect(openTransaction(SECRET, undefined)).toBeNull();
    expect(openTransaction(SECRET, 'x.y.z')).toBeNull();
  });
});
