import { Role } from '@forum/shared';
import { createOrganisation, createUser, type TestUser } from '../../test/factories';
import { ok, startTestApp, type TestApp } from '../../test/test-app';
import { OrganisationKind } from '../common/graphql/enums';
import { MailWorker } from './mail-worker';
import { signConfirmation } from './mail-tokens';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

const REGISTER = `mutation($i: RegisterInput!) { register(input: $i) { id status } }`;
const PENDING = `{ pendingUsers(first: 100) { edges { node { id emailConfirmed } } } }`;

// Runs with the worker's timer (MAIL_POLL_INTERVAL_MS) instead of drain(): mails arrive on their own.
describe('registration e-mail confirmation and approval mail', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let moderator: TestUser;
  let organisationId: string;

  const register = async (email: string) =>
    ok(
      await t.gql(REGISTER, {
        i: { email, password: 'Sicheres-Passwort-1', displayName: 'Nora Neu', organisationId },
      }),
    ).register as { id: string; status: string };
  /** How the moderators' queue shows the registration: 'unconfirmed', 'confirmed' or 'absent'. */
  const inQueue = async (id: string): Promise<'unconfirmed' | 'confirmed' | 'absent'> => {
    const node = ok(await t.gql(PENDING, {}, { token: moderator.token })).pendingUsers.edges.find(
      (e: { node: { id: string } }) => e.node.id === id,
    )?.node as { emailConfirmed: boolean } | undefined;
    return node ? (node.emailConfirmed ? 'confirmed' : 'unconfirmed') : 'absent';
  };
  const mailsTo = (email: string) => sink.received.filter((m) => m.to.includes(email));
  const waitForMail = async (email: string, count: number) => {
    const until = Date.now() + 5000;
    while (mailsTo(email).length < count) {
      if (Date.now() > until) throw new Error(`no mail to ${email}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return mailsTo(email);
  };
  const confirmLink = (text: string) => {
    const link = /http:\/\/localhost:3000(\/mail\/confirm\?token=\S+)/.exec(text)?.[1];
    if (!link) throw new Error('no confirmation link in the mail');
    return `${t.url}${link}`;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '50' });
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
    organisationId = await createOrganisation(t.ds, OrganisationKind.KOMMUNE);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it("marks a registration as unconfirmed in the moderators' queue until its address is confirmed by the signed link", async () => {
    const email = `nora-${Date.now()}@kommune.example`;
    const user = await register(email);
    expect(user.status).toBe('PENDING');
    const [mail] = await waitForMail(email, 1);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text).toContain('Guten Tag Nora Neu,');
    expect(mail.text).toContain('Der Link ist 48 Stunden gültig.');
    expect(mail.text).toContain('prüft die Moderation Ihren Antrag');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    expect(await inQueue(user.id)).toBe('unconfirmed');

    const link = confirmLink(mail.text);
    const tampered = link.replace(/token=(\w)/, (_, c: string) => `token=${c === 'a' ? 'b' : 'a'}`);
    const refused = await fetch(tampered);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Link ungültig');
    // A probe (HEAD) by a link scanner does not confirm.
    expect((await fetch(link, { method: 'HEAD' })).status).toBe(200);
    expect(await inQueue(user.id)).toBe('unconfirmed');

    const confirmed = await fetch(link);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('E-Mail-Adresse bestätigt');
    expect(await inQueue(user.id)).toBe('confirmed');
    const again = await fetch(link);
    expect(await again.text()).toContain('bereits bestätigt');

    // Approval: the account-approved mail, and no second, generic notification mail.
    ok(
      await t.gql(
        `mutation($id: ID!) { approveUser(userId: $id) { id } }`,
        { id: user.id },
        { token: moderator.token },
      ),
    );
    const mails = await waitForMail(email, 2);
    expect(mails[1].subject).toBe('Ihr Konto im Forum Kommunalpakt ist freigeschaltet');
    expect(mails[1].text).toContain('Sie können sich ab sofort');
    expect(mails[1].headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    await t.app.get(MailWorker).drain();
    expect(mailsTo(email)).toHaveLength(2);
  });

  it('refuses expired links and links for another address, and sends a new link on request', async () => {
    const email = `ole-${Date.now()}@kommune.example`;
    const user = await register(email);
    await waitForMail(email, 1);

    const expired = signConfirmation(
      t.config.mailSecret,
      user.id,
      email,
      new Date(Date.now() - 49 * 3600_000),
    );
    const res = await fetch(`${t.url}/mail/confirm?token=${expired}`);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Link abgelaufen');
    expect(page).toContain('action="/mail/confirm/new"');
    const otherAddress = signConfirmation(t.config.mailSecret, user.id, 'andere@kommune.example');
    expect((await fetch(`${t.url}/mail/confirm?token=${otherAddress}`)).status).toBe(400);
    const otherSecret = signConfirmation('x'.repeat(40), user.id, email);
    expect((await fetch(`${t.url}/mail/confirm?token=${otherSecret}`)).status).toBe(400);
    expect((await fetch(`${t.url}/mail/confirm`)).status).toBe(400);
    expect(await inQueue(user.id)).toBe('unconfirmed');

    // The form on the "expired" page, and the GraphQL mutation: same answer for unknown addresses.
    const form = await fetch(`${t.url}/mail/confirm/new`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${encodeURIComponent(email.toUpperCase())}`,
    });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Neuer Link unterwegs');
    const [, second] = await waitForMail(email, 2);
    const request = `mutation($e: String!) { requestEmailConfirmation(email: $e) }`;
    expect(ok(await t.gql(request, { e: email })).requestEmailConfirmation).toBe(true);
    expect(ok(await t.gql(request, { e: 'niemand@kommune.example' })).requestEmailConfirmation).toBe(true);
    await t.app.get(MailWorker).drain();
    expect(mailsTo(email)).toHaveLength(2); // one new link per ten minutes
    expect(mailsTo('niemand@kommune.example')).toHaveLength(0);

    expect((await fetch(confirmLink(second.text))).status).toBe(200);
    expect(await inQueue(user.id)).toBe('confirmed');
    expect(ok(await t.gql(request, { e: email })).requestEmailConfirmation).toBe(true);
    await t.app.get(MailWorker).drain();
    expect(mailsTo(email)).toHaveLength(2);
  });
});
