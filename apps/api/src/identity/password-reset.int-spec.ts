import { UserStatus } from '@forum/shared';
import { createUser, TEST_PASSWORD, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpSink, type SmtpSink } from '../mail/testing/smtp-sink';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const STATUS = `query($t: String!) { passwordResetLinkStatus(token: $t) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;
const ME = `{ me { id } }`;

// The link is taken from the mail the real SMTP test server received.
describe('password reset ("Passwort vergessen?")', () => {
  let t: TestApp;
  let sink: SmtpSink;

  const mailsTo = (email: string) => sink.received.filter((m) => m.to.includes(email));
  const waitForMail = async (email: string, count: number) => {
    const until = Date.now() + 5000;
    while (mailsTo(email).length < count) {
      if (Date.now() > until) throw new Error(`no mail ${count} to ${email}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return mailsTo(email);
  };
  const tokenIn = (text: string) => {
    const token = /\/passwort-zuruecksetzen\?token=([A-Za-z0-9_.%-]+)/.exec(text)?.[1];
    if (!token) throw new Error('no reset link in the mail');
    return decodeURIComponent(token);
  };
  const login = (email: string, password: string) => t.gql(LOGIN, { i: { email, password } });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '50' });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('mails a single-use link; the new password works, the old one and every session end, a notice follows', async () => {
    const user: TestUser = await createUser(t.ds);
    const other = ok(await login(user.email, TEST_PASSWORD)).login.token as string;
    expect(ok(await t.gql(REQUEST, { e: user.email.toUpperCase() })).requestPasswordReset).toBe(true);
    const [mail] = await waitForMail(user.email, 1);
    expect(mail.subject).toBe('Passwort zurücksetzen');
    expect(mail.text).toContain('60 Minuten gültig');
    expect(mail.text).toContain('http://localhost:3000/passwort-zuruecksetzen?token=');
    const token = tokenIn(mail.text);
    expect(ok(await t.gql(STATUS, { t: token })).passwordResetLinkStatus).toBe('VALID');

    const short = await t.gql(RESET, { t: token, p: 'kurz' });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(ok(await t.gql(RESET, { t: token, p: 'Ganz-neues-Passwort-7' })).resetPassword).toBe(true);

    expect(errorCode(await login(user.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect(ok(await login(user.email, 'Ganz-neues-Passwort-7')).login.token).toBeTruthy();
    // Every session that existed before the reset has ended.
    expect(ok(await t.gql(ME, {}, { token: user.token })).me).toBeNull();
    expect(ok(await t.gql(ME, {}, { token: other })).me).toBeNull();

    const [, notice] = await waitForMail(user.email, 2);
    expect(notice.subject).toBe('Ihr Passwort wurde geändert');
    expect(notice.text).toContain('Alle bestehenden Anmeldungen wurden beendet.');

    // The link is spent: the page says so, and using it again is refused with a clear message.
    expect(ok(await t.gql(STATUS, { t: token })).passwordResetLinkStatus).toBe('USED');
    const again = await t.gql(RESET, { t: token, p: 'Noch-ein-Passwort-8' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].message).toBe(
      'Dieser Link wurde bereits verwendet. Fordern Sie bei Bedarf einen neuen an.',
    );
    expect(errorCode(await login(user.email, 'Noch-ein-Passwort-8'))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired link (older than 60 minutes) and a tampered one', async () => {
    const user = await createUser(t.ds);
    ok(await t.gql(REQUEST, { e: user.email }));
    const token = tokenIn((await waitForMail(user.email, 1))[0].text);
    // The link's row is moved 61 minutes into the past, as if the mail had been opened an hour later.
    await t.ds.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 minute', created_at = now() - interval '61 minutes' WHERE user_id = $1`,
      [user.id],
    );
    expect(ok(await t.gql(STATUS, { t: token })).passwordResetLinkStatus).toBe('EXPIRED');
    const expired = await t.gql(RESET, { t: token, p: 'Ganz-neues-Passwort-7' });
    expect(expired.errors?.[0].message).toBe('Dieser Link ist abgelaufen. Fordern Sie bitte einen neuen an.');
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(ok(await t.gql(STATUS, { t: tampered })).passwordResetLinkStatus).toBe('INVALID');
    expect(errorCode(await t.gql(RESET, { t: tampered, p: 'Ganz-neues-Passwort-7' }))).toBe('BAD_USER_INPUT');
    expect(ok(await login(user.email, TEST_PASSWORD)).login.token).toBeTruthy();
  });

  it('answers the same for unknown, suspended and known addresses, sending mail only to the account holder', async () => {
    const suspended = await createUser(t.ds, { status: UserStatus.SUSPENDED });
    const known = await createUser(t.ds);
    const before = sink.received.length;
    const answers = await Promise.all(
      [`niemand-${Date.now()}@nirgends.example`, suspended.email, known.email].map((e) =>
        t.gql(REQUEST, { e }),
      ),
    );
    expect(answers.map((a) => [a.status, a.data, a.errors])).toEqual(
      Array(3).fill([200, { requestPasswordReset: true }, undefined]),
    );
    await waitForMail(known.email, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.received.slice(before).flatMap((m) => m.to)).toEqual([known.email]);
  });

  it('is rate limited per address (3 per hour), whether or not the address has an account', async () => {
    const email = `unbekannt-${Date.now()}@kommune.example`;
    for (let i = 0; i < 3; i++)
      expect(ok(await t.gql(REQUEST, { e: email })).requestPasswordReset).toBe(true);
    expect(errorCode(await t.gql(REQUEST, { e: email }))).toBe('RATE_LIMITED');
  });
});
