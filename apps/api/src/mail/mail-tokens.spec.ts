import { NotificationType } from '@forum/shared';
import {
  checkConfirmation,
  readConfirmation,
  signConfirmation,
  signUnsubscribe,
  verifyUnsubscribe,
} from './mail-tokens';

const SECRET = 'k'.repeat(40);
const USER = '3f1c2b9e-8a4d-4c6e-9b2a-1d2e3f4a5b6c';

describe('unsubscribe tokens', () => {
  it('round-trips user, category and issue time', () => {
    const issuedAt = new Date('2026-11-20T10:00:00Z');
    const token = signUnsubscribe(SECRET, USER, NotificationType.REPLY, issuedAt);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribe(SECRET, token)).toEqual({
      userId: USER,
      category: NotificationType.REPLY,
      issuedAt,
    });
    expect(verifyUnsubscribe(SECRET, signUnsubscribe(SECRET, USER, 'DIGEST'))?.category).toBe('DIGEST');
  });

  it('refuses tampered, foreign and malformed tokens', () => {
    const token = signUnsubscribe(SECRET, USER, NotificationType.MENTION);
    const [body, sig] = token.split('.');
    const otherBody = Buffer.from(`${USER}.REPLY.1`).toString('base64url');
    expect(verifyUnsubscribe(SECRET, `${otherBody}.${sig}`)).toBeNull();
    expect(
      verifyUnsubscribe(SECRET, `${body}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`),
    ).toBeNull();
    expect(verifyUnsubscribe('x'.repeat(40), token)).toBeNull();
    // Every other spelling of the last character (its 2 unused bits decode to the same bytes) is refused.
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const base = ALPHABET.indexOf(sig.at(-1)!) & ~3;
    const aliases = [0, 1, 2, 3].map((k) => ALPHABET[base + k]).filter((c) => c !== sig.at(-1));
    expect(aliases).toHaveLength(3);
    for (const c of aliases) expect(verifyUnsubscribe(SECRET, `${body}.${sig.slice(0, -1)}${c}`)).toBeNull();
    for (const bad of [undefined, '', 'abc', `${body}.`, `${body}.${sig}.x`, 'a'.repeat(400), 42])
      expect(verifyUnsubscribe(SECRET, bad)).toBeNull();
    const unknownCategory = signUnsubscribe(SECRET, USER, NotificationType.REPLY).replace(
      /^[^.]+/,
      Buffer.from(`${USER}.SPAM.1`).toString('base64url'),
    );
    expect(verifyUnsubscribe(SECRET, unknownCategory)).toBeNull();
  });
});

describe('confirmation tokens', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it('are valid for 48 hours and only for the address they were sent to', () => {
    const token = signConfirmation(SECRET, USER, 'Anna@Kassel.example', now);
    expect(readConfirmation(token)).toEqual({ userId: USER, issuedAt: now.getTime() / 1000 });
    expect(checkConfirmation(SECRET, token, 'anna@kassel.example', now)).toEqual({ ok: true, userId: USER });
    const later = new Date(now.getTime() + 47 * 3600_000);
    expect(checkConfirmation(SECRET, token, 'anna@kassel.example', later).ok).toBe(true);
    const tooLate = new Date(now.getTime() + 49 * 3600_000);
    expect(checkConfirmation(SECRET, token, 'anna@kassel.example', tooLate)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(checkConfirmation(SECRET, token, 'bernd@kassel.example', now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkConfirmation(SECRET, token, null, now).ok).toBe(false);
  });

  it('cannot be swapped with an unsubscribe token (separate purposes)', () => {
    const unsubscribe = signUnsubscribe(SECRET, USER, NotificationType.REPLY, now);
    expect(checkConfirmation(SECRET, unsubscribe, 'anna@kassel.example', now).ok).toBe(false);
    const confirm = signConfirmation(SECRET, USER, 'anna@kassel.example', now);
    expect(verifyUnsubscribe(SECRET, confirm)).toBeNull();
  });
});
