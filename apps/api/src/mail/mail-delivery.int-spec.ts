import { OrganisationKind } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { ok, startTestApp, type TestApp } from '../../test/test-app';
import { DomainEventsService } from '../events/domain-events.service';
import { MailWorker, messageIdFor } from './mail-worker';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

const ASK = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const REPLY = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
const PREFS = `{ notificationPreferences { type inApp email inDigest } digestFrequency }`;
const SET_PREF = `mutation($t: NotificationType!, $in: Boolean!, $em: Boolean!) {
  setNotificationPreference(type: $t, inApp: $in, email: $em) { type inApp email inDigest } }`;

describe('e-mail delivery (real PostgreSQL, real SMTP server)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: MailWorker;
  let topicId: string;
  let land: string;

  const drain = () => worker.drain();
  /** Notifications are stored after the mutation answered (domain events): wait for them. */
  const settle = () => t.app.get(DomainEventsService).drain();
  const mailsTo = (user: TestUser) => sink.received.filter((m) => m.to.includes(user.email));
  /** The link as seen from this test app (PUBLIC_URL points at the default port). */
  const local = (link: string) => {
    const u = new URL(link);
    return `${t.url}${u.pathname}${u.search}`;
  };
  const ask = async (asker: TestUser, title: string) =>
    ok(await t.gql(ASK, { i: { topicId, title, body: 'Wie gehen wir vor?' } }, { token: asker.token }))
      .createThread.id as string;
  const reply = async (by: TestUser, threadId: string, body: string) =>
    ok(await t.gql(REPLY, { i: { threadId, body } }, { token: by.token })).createPost.id as string;
  const notificationsOf = async (user: TestUser): Promise<{ id: string; type: string }[]> =>
    t.ds.query('SELECT id, type FROM notifications WHERE recipient_id = $1 ORDER BY created_at', [user.id]);

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '0' });
    worker = t.app.get(MailWorker);
  });
  // A Land and a topic it leads per test, so Land representatives of other tests are not in the audience.
  beforeEach(async () => {
    land = await createOrganisation(t.ds, OrganisationKind.LAND);
    topicId = await createTopic(t.ds, await createBoard(t.ds), { title: 'Wohngeld', leadLandId: land });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('sends a German notification mail with text and HTML parts and one-click unsubscribe headers', async () => {
    const asker = await createUser(t.ds, { displayName: 'Julia Berger' });
    const landRep = await createUser(t.ds, { organisationId: land, displayName: 'Thomas Wagner' });
    const threadId = await ask(asker, 'Wohngeld: Anbindung an das Fachverfahren');
    const postId = await reply(landRep, threadId, 'Wir nutzen die **XÖV-Schnittstelle** & OSCI.');
    expect(await drain()).toBeGreaterThanOrEqual(1);

    const [mail] = mailsTo(asker);
    expect(mailsTo(asker)).toHaveLength(1);
    expect(mail.subject).toBe('Antwort eines Landes auf „Wohngeld: Anbindung an das Fachverfahren“');
    expect(mail.text).toContain('Guten Tag Julia Berger,');
    expect(mail.text).toContain(
      'Thomas Wagner hat als Vertretung eines Landes auf die Frage „Wohngeld: Anbindung an das Fachverfahren“ geantwortet.',
    );
    expect(mail.text).toContain('> Wir nutzen die XÖV-Schnittstelle & OSCI.');
    expect(mail.text).toContain(`/fragen/${threadId}#post-${postId}`);
    expect(mail.text).toContain('Sie erhalten diese E-Mail, weil Sie E-Mails zu Antworten der Länder');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain('XÖV-Schnittstelle &amp; OSCI.');
    expect(mail.html).not.toMatch(/<img|<style/);
    expect(mail.headers['list-unsubscribe']).toMatch(
      /^<http:\/\/localhost:3000\/mail\/unsubscribe\?token=.+>$/,
    );
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const [notification] = await notificationsOf(asker);
    expect(mail.messageId).toBe(messageIdFor(`notification:${notification.id}`, 'localhost'));
    const [row] = await t.ds.query(
      `SELECT status, attempts, kind, sent_at IS NOT NULL AS sent FROM email_outbox WHERE recipient_user_id = $1`,
      [asker.id],
    );
    expect(row).toEqual({ status: 'SENT', attempts: 1, kind: 'NOTIFICATION', sent: true });
    // Replies and new questions go into the digest by default: the Land representative got no mail.
    expect(mailsTo(landRep)).toHaveLength(0);
  });

  it('unsubscribes from one category through the link without signing in, and refuses tampered tokens', async () => {
    const asker = await createUser(t.ds, { displayName: 'Petra Schulz' });
    const landRep = await createUser(t.ds, { organisationId: land });
    const threadId = await ask(asker, 'Elterngeld: Wer betreibt den Dienst?');
    await reply(landRep, threadId, 'Das Land Hessen.');
    await drain();
    const link = /<(.+)>/.exec(mailsTo(asker)[0].headers['list-unsubscribe'])![1];

    const tampered = new URL(local(link));
    const token = tampered.searchParams.get('token')!;
    tampered.searchParams.set('token', `${token.slice(0, -2)}${token.endsWith('A') ? 'BB' : 'AA'}`);
    const refused = await fetch(tampered);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Link ungültig');
    expect((await fetch(`${t.url}/mail/unsubscribe`)).status).toBe(400);

    const res = await fetch(local(link));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Sie erhalten keine E-Mails mehr zu Antworten der Länder');
    const prefs = ok(await t.gql(PREFS, {}, { token: asker.token }));
    expect(prefs.notificationPreferences).toContainEqual({
      type: 'OFFICIAL_ANSWER',
      inApp: true,
      email: false,
      inDigest: false,
    });

    await reply(landRep, threadId, 'Nachtrag: Ansprechpartner ist das Ministerium.');
    await drain();
    expect(mailsTo(asker)).toHaveLength(1);
    expect((await notificationsOf(asker)).map((n) => n.type)).toEqual(['OFFICIAL_ANSWER', 'OFFICIAL_ANSWER']);

    // Mail clients use the one-click POST (RFC 8058) with the same URL.
    const mentioned = await createUser(t.ds, { displayName: 'Karl Mentionmann' });
    await reply(landRep, threadId, 'Frage an @Karl Mentionmann bitte.');
    await drain();
    const mention = mailsTo(mentioned);
    expect(mention).toHaveLength(1);
    expect(mention[0].subject).toMatch(/hat Sie erwähnt$/);
    const oneClick = await fetch(local(/<(.+)>/.exec(mention[0].headers['list-unsubscribe'])![1]), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const [pref] = await t.ds.query(
      `SELECT in_app, email FROM notification_preferences WHERE user_id = $1 AND type = 'MENTION'`,
      [mentioned.id],
    );
    expect(pref).toEqual({ in_app: true, email: false });
  });

  it('retries after a refusal with exponential backoff and then delivers once', async () => {
    const asker = await createUser(t.ds);
    const landRep = await createUser(t.ds, { organisationId: land });
    const threadId = await ask(asker, 'Kfz-Zulassung: Gebührenbescheid');
    sink.refuseNext(1);
    await reply(landRep, threadId, 'Der Bescheid kommt aus dem Fachverfahren.');
    expect(await drain()).toBe(0);
    const state = () =>
      t.ds
        .query(
          `SELECT status, attempts, last_error,
                  extract(epoch FROM next_attempt_at - now())::int AS wait FROM email_outbox WHERE recipient_user_id = $1`,
          [asker.id],
        )
        .then((r: any[]) => r[0]);
    const failed = await state();
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(failed.last_error).toContain('451');
    expect(failed.wait).toBeGreaterThan(25);
    expect(failed.wait).toBeLessThanOrEqual(30);
    expect(await drain()).toBe(0); // not due yet

    // A second refusal doubles the wait.
    await t.ds.query(`UPDATE email_outbox SET next_attempt_at = now() WHERE recipient_user_id = $1`, [
      asker.id,
    ]);
    sink.refuseNext(1);
    await drain();
    const second = await state();
    expect(second).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(second.wait).toBeGreaterThan(55);

    await t.ds.query(`UPDATE email_outbox SET next_attempt_at = now() WHERE recipient_user_id = $1`, [
      asker.id,
    ]);
    expect(await drain()).toBe(1);
    expect(mailsTo(asker)).toHaveLength(1);
    expect(await state()).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
    expect(await drain()).toBe(0);
    expect(mailsTo(asker)).toHaveLength(1);
  });

  it('gives up at once on a permanent refusal (5xx)', async () => {
    const asker = await createUser(t.ds);
    const landRep = await createUser(t.ds, { organisationId: land });
    const threadId = await ask(asker, 'Bauantrag: Unterschrift');
    sink.refuseNext(1, 550);
    await reply(landRep, threadId, 'Die Unterschrift entfällt.');
    await drain();
    const [row] = await t.ds.query(`SELECT status, attempts FROM email_outbox WHERE recipient_user_id = $1`, [
      asker.id,
    ]);
    expect(row).toEqual({ status: 'FAILED', attempts: 1 });
    expect(mailsTo(asker)).toHaveLength(0);
  });

  it('applies preferences per type and channel: in-app off stores nothing, e-mail alone still mails', async () => {
    const asker = await createUser(t.ds, { displayName: 'Uta Vorlieben' });
    const landRep = await createUser(t.ds, { organisationId: land });
    const other = await createUser(t.ds);
    const defaults = ok(await t.gql(PREFS, {}, { token: asker.token }));
    expect(defaults.digestFrequency).toBe('WEEKLY');
    expect(defaults.notificationPreferences).toEqual([
      { type: 'REPLY', inApp: true, email: false, inDigest: true },
      { type: 'NEW_THREAD', inApp: true, email: false, inDigest: true },
      { type: 'MENTION', inApp: true, email: true, inDigest: false },
      { type: 'OFFICIAL_ANSWER', inApp: true, email: true, inDigest: false },
      { type: 'ANSWER_ACCEPTED', inApp: true, email: true, inDigest: false },
      { type: 'FLAG', inApp: true, email: false, inDigest: false },
      { type: 'MODERATION', inApp: true, email: true, inDigest: false },
      { type: 'ACCOUNT', inApp: true, email: true, inDigest: false },
    ]);

    const set = async (type: string, inApp: boolean, email: boolean) =>
      ok(await t.gql(SET_PREF, { t: type, in: inApp, em: email }, { token: asker.token }))
        .setNotificationPreference;
    expect(await set('REPLY', false, false)).toEqual({
      type: 'REPLY',
      inApp: false,
      email: false,
      inDigest: false,
    });
    expect(await set('OFFICIAL_ANSWER', false, true)).toMatchObject({ inApp: false, email: true });
    const threadId = await ask(asker, 'Einbürgerung: Nachweise');
    await reply(other, threadId, 'Gute Frage.');
    await reply(landRep, threadId, 'Die Nachweise stehen in der Verordnung.');
    await drain();
    expect(await notificationsOf(asker)).toEqual([]);
    expect(mailsTo(asker).map((m) => m.subject)).toEqual([
      'Antwort eines Landes auf „Einbürgerung: Nachweise“',
    ]);

    // Back to in-app only for replies: stored again, no mail.
    await set('REPLY', true, false);
    await reply(other, threadId, 'Danke!');
    await drain();
    expect((await notificationsOf(asker)).map((n) => n.type)).toEqual(['REPLY']);
    expect(mailsTo(asker)).toHaveLength(1);

    expect(
      ok(await t.gql(`mutation { setDigestFrequency(frequency: DAILY) }`, {}, { token: asker.token }))
        .setDigestFrequency,
    ).toBe('DAILY');
    expect(ok(await t.gql(PREFS, {}, { token: asker.token })).digestFrequency).toBe('DAILY');
    expect((await t.gql(PREFS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('digest', () => {
    const backdate = (user: TestUser, interval: string) =>
      t.ds.query(`UPDATE users SET last_digest_at = now() - $2::interval WHERE id = $1`, [user.id, interval]);
    const lastDigestAge = async (user: TestUser): Promise<number> =>
      (
        await t.ds.query(
          `SELECT extract(epoch FROM now() - last_digest_at)::int AS age FROM users WHERE id = $1`,
          [user.id],
        )
      )[0].age;

    it('summarises unread replies and new questions since the last digest, once', async () => {
      const reader = await createUser(t.ds, { displayName: 'Dora Digest' });
      const writer = await createUser(t.ds, { displayName: 'Walter Schreiber' });
      await backdate(reader, '8 days');
      // Watching the topic: new questions there; asking: replies to the own question.
      await t.gql(
        `mutation($id: ID!) { watch(targetType: TOPIC, targetId: $id, level: WATCHING) }`,
        { id: topicId },
        { token: reader.token },
      );
      const own = await ask(reader, 'Meldewesen: Umzug digital');
      await reply(writer, own, 'Das geht über das Portal.');
      await reply(writer, own, 'Und zwar ab sofort.');
      await ask(writer, 'Hundesteuer: Online-Anmeldung');
      const readOne = await ask(writer, 'Fischereischein: schon gelesen');
      await settle();
      await t.ds.query(
        `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND thread_id = $2`,
        [reader.id, readOne],
      );
      await drain();
      const digests = mailsTo(reader);
      expect(digests).toHaveLength(1);
      const [digest] = digests;
      expect(digest.subject).toBe('Ihre wöchentliche Zusammenfassung: 3 Neuigkeiten im Forum Kommunalpakt');
      expect(digest.text).toContain('Neue Frage');
      expect(digest.text).toContain('* Hundesteuer: Online-Anmeldung');
      expect(digest.text).toContain('Neue Antworten (2)');
      expect(digest.text).toContain('* Meldewesen: Umzug digital');
      expect(digest.text).not.toContain('Fischereischein');
      expect(digest.text).toContain(
        'Zusammenfassung abbestellen: http://localhost:3000/mail/unsubscribe?token=',
      );
      expect(digest.html).toContain('Walter Schreiber');
      expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      expect(await lastDigestAge(reader)).toBeLessThan(60);

      // Nothing due again until a week has passed.
      await reply(writer, own, 'Noch ein Hinweis.');
      await drain();
      expect(mailsTo(reader)).toHaveLength(1);

      // Unsubscribing from the digest sets the frequency to NEVER.
      const link = /<(.+)>/.exec(digest.headers['list-unsubscribe'])![1];
      expect((await fetch(local(link))).status).toBe(200);
      expect(ok(await t.gql(PREFS, {}, { token: reader.token })).digestFrequency).toBe('NEVER');
      await backdate(reader, '8 days');
      await drain();
      expect(mailsTo(reader)).toHaveLength(1);
    });

    it('sends no digest when nothing is new, and daily digests after a day', async () => {
      const reader = await createUser(t.ds);
      const writer = await createUser(t.ds);
      const threadId = await ask(reader, 'Gewerbeanmeldung: Schnittstelle');
      await reply(writer, threadId, 'Alte Antwort, schon gelesen.');
      await settle();
      await t.ds.query(`UPDATE notifications SET read_at = now() WHERE recipient_id = $1`, [reader.id]);
      await backdate(reader, '8 days');
      await drain();
      expect(mailsTo(reader)).toHaveLength(0);
      expect(await lastDigestAge(reader)).toBeLessThan(60);

      await t.gql(`mutation { setDigestFrequency(frequency: DAILY) }`, {}, { token: reader.token });
      await reply(writer, threadId, 'Neue Antwort von heute.');
      await drain();
      expect(mailsTo(reader)).toHaveLength(0); // not a day yet
      await backdate(reader, '25 hours');
      await settle();
      await t.ds.query(
        `UPDATE notifications SET created_at = now() - interval '1 hour' WHERE recipient_id = $1 AND read_at IS NULL`,
        [reader.id],
      );
      await drain();
      expect(mailsTo(reader).map((m) => m.subject)).toEqual([
        'Ihre tägliche Zusammenfassung: eine Neuigkeit im Forum Kommunalpakt',
      ]);
    });
  });
});
