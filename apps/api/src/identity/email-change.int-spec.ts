import { createUser, TEST_PASSWORD } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpSink, type SmtpSink } from '../mail/testing/smtp-sink';

const REQUEST = `mutation($e: String!, $p: String) { requestEmailChange(newEmail: $e, password: $p) }`;
const CONFIRM = `mutation($t: String!) { confirmEmailChange(token: $t) }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;

// The links are taken from the mails the real SMTP test server received.
describe('e-mail change in the settings', () => {
  let t: TestApp;
  let sink: SmtpSink;

  const mailsTo = (email: string) => sink.received.filter((m) => m.to.includes(email.toLowerCase()));
  const waitForMail = async (email: string, count: number) => {
    const until = Date.now() + 5000;
    while (mailsTo(email).length < count) {
      if (Date.now() > until) throw new Error(`no mail ${count} to ${email}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return mailsTo(email);
  };
  const tokenIn = (text: string) => {
    const token = /\/e-mail-bestaetigen\?token=([A-Za-z0-9_.%-]+)/.exec(text)?.[1];
    if (!token) throw new Error('no confirmation link in the mail');
    return decodeURIComponent(token);
  };
  const emailOf = async (id: string) =>
    ((await t.ds.query('SELECT email FROM users WHERE id = $1', [id])) as { email: string }[])[0].email;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '50' });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('changes the address only through the link sent to the new one, tells the old one, and spends the link', async () => {
    const user = await createUser(t.ds);
    const newEmail = `neu-${Date.now()}@kommune.example`;
    const wrong = await t.gql(REQUEST, { e: newEmail, p: 'falsch' }, { token: user.token });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(REQUEST, { e: newEmail, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(
      ok(await t.gql(REQUEST, { e: newEmail, p: TEST_PASSWORD }, { token: user.token })).requestEmailChange,
    ).toBe(true);
    const [mail] = await waitForMail(newEmail, 1);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre neue E-Mail-Adresse');
    expect(await emailOf(user.id)).toBe(user.email); // nothing changes before the link is followed

    const token = tokenIn(mail.text);
    expect(ok(await t.gql(CONFIRM, { t: token })).confirmEmailChange).toBe(newEmail);
    expect(await emailOf(user.id)).toBe(newEmail);
    const [notice] = await waitForMail(user.email, 1);
    expect(notice.subject).toBe('Ihre E-Mail-Adresse wurde geändert');
    expect(notice.text).toContain(newEmail);
    expect(
      ok(await t.gql(LOGIN, { i: { email: newEmail, password: TEST_PASSWORD } })).login.token,
    ).toBeTruthy();

    const reused = await t.gql(CONFIRM, { t: token });
    expect(reused.errors?.[0].message).toBe(
      'Dieser Link wurde bereits verwendet. Fordern Sie bei Bedarf einen neuen an.',
    );
  });

  it('answers the same for an address in use; the mail to it says it cannot be used, and nothing changes', async () => {
    const user = await createUser(t.ds);
    const holder = await createUser(t.ds);
    const free = `frei-${Date.now()}@kommune.example`;
    const inUse = await t.gql(REQUEST, { e: holder.email, p: TEST_PASSWORD }, { token: user.token });
    const notInUse = await t.gql(REQUEST, { e: free, p: TEST_PASSWORD }, { token: user.token });
    expect([inUse.status, inUse.data, inUse.errors]).toEqual([
      notInUse.status,
      notInUse.data,
      notInUse.errors,
    ]);
    const [refusal] = await waitForMail(holder.email, 1);
    expect(refusal.subject).toBe('Diese E-Mail-Adresse kann nicht verwendet werden');
    expect(refusal.text).not.toContain('e-mail-bestaetigen');
    expect(await emailOf(user.id)).toBe(user.email);
    expect(await emailOf(holder.id)).toBe(holder.email);
  });

  it('refuses an expired link', async () => {
    const user = await createUser(t.ds);
    const newEmail = `spaet-${Date.now()}@kommune.example`;
    ok(await t.gql(REQUEST, { e: newEmail, p: TEST_PASSWORD }, { token: user.token }));
    const token = tokenIn((await waitForMail(newEmail, 1))[0].text);
    await t.ds.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [user.id],
    );
    const expired = await t.gql(CONFIRM, { t: token });
    expect(expired.errors?.[0].message).toBe('Dieser Link ist abgelaufen. Fordern Sie bitte einen neuen an.');
    expect(await emailOf(user.id)).toBe(user.email);
  });
});
