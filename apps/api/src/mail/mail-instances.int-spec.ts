import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../../test/test-database';
import { startTestApp, type TestApp } from '../../test/test-app';
import { MailOutboxService, type NewMail } from './mail-outbox.service';
import { MailWorker, messageIdFor } from './mail-worker';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

// Several API instances on one database: the outbox is claimed with FOR UPDATE SKIP LOCKED, a graceful
// shutdown hands back what it has not sent, and an expired lease (a crashed instance) is taken over.

const mail = (key: string): NewMail => ({
  recipientUserId: null,
  to: `empfang-${key}@kommune.example`,
  kind: 'NOTIFICATION',
  subject: `Testmail ${key}`,
  text: `Text ${key}`,
  html: `<p>Text ${key}</p>`,
  dedupeKey: `test:${key}`,
});

describe('mail worker across instances (one database, real SMTP server)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let sink: SmtpSink;
  const apps: TestApp[] = [];
  const start = async () => {
    const t = await startTestApp({ SMTP_URL: sink.url, MAIL_POLL_INTERVAL_MS: '0' }, { database: db });
    apps.push(t);
    return t;
  };
  const received = (prefix: string) =>
    sink.received.filter((m) => m.subject.startsWith(`Testmail ${prefix}`));

  beforeAll(async () => {
    sink = await startSmtpSink();
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const t of apps.reverse()) await t.close().catch(() => undefined);
    await sink.close();
    await db.drop();
  });

  it('two instances draining at once never send the same mail twice', async () => {
    const a = await start();
    const b = await start();
    const keys = Array.from({ length: 45 }, (_, i) => `pair-${i}`);
    expect(await a.app.get(MailOutboxService).enqueue(keys.map(mail))).toBe(45);
    // Enqueueing the same causes again is a no-op.
    expect(await b.app.get(MailOutboxService).enqueue(keys.slice(0, 5).map(mail))).toBe(0);

    const [sentA, sentB] = await Promise.all([a.app.get(MailWorker).drain(), b.app.get(MailWorker).drain()]);
    expect(sentA + sentB).toBe(45);
    const got = received('pair-');
    expect(got).toHaveLength(45);
    expect(new Set(got.map((m) => m.subject)).size).toBe(45);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(45);
    const [counts] = await a.ds.query(
      `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, max(attempts) AS attempts
         FROM email_outbox WHERE dedupe_key LIKE 'test:pair-%'`,
    );
    expect(counts).toEqual({ sent: 45, attempts: 1 });
  });

  it('sends every mail exactly once across a restart of the sender', async () => {
    const first = await start();
    const keys = Array.from({ length: 6 }, (_, i) => `restart-${i}`);
    await first.app.get(MailOutboxService).enqueue(keys.map(mail));
    const held = sink.holdNext();
    const draining = first.app.get(MailWorker).drain();
    await held.arrived; // the first mail is in the SMTP transaction right now
    const closing = first.close();
    await new Promise((r) => setTimeout(r, 100));
    held.release();
    await Promise.all([draining, closing]);
    apps.splice(apps.indexOf(first), 1);

    // The mail in flight was finished and marked; the rest of the batch went back to the queue.
    expect(received('restart-')).toHaveLength(1);
    const states = await (
      await start()
    ).ds.query(
      `SELECT status, attempts, count(*)::int AS n FROM email_outbox WHERE dedupe_key LIKE 'test:restart-%'
        GROUP BY status, attempts ORDER BY status`,
    );
    expect(states).toEqual([
      { status: 'PENDING', attempts: 0, n: 5 },
      { status: 'SENT', attempts: 1, n: 1 },
    ]);

    const second = apps.at(-1)!;
    expect(await second.app.get(MailWorker).drain()).toBe(5);
    const got = received('restart-');
    expect(got.map((m) => m.subject).sort()).toEqual(keys.map((k) => `Testmail ${k}`).sort());
  });

  it('takes over the mail of a crashed instance only after its lease expired, with the same Message-ID', async () => {
    const t = apps.at(-1)!;
    await t.app.get(MailOutboxService).enqueue([mail('crash')]);
    // As if another instance claimed it and died before it could send or mark it.
    await t.ds.query(
      `UPDATE email_outbox SET status = 'SENDING', attempts = 1, claim_token = $1,
              lease_until = now() + interval '10 minutes' WHERE dedupe_key = 'test:crash'`,
      [randomUUID()],
    );
    expect(await t.app.get(MailWorker).drain()).toBe(0);
    expect(received('crash')).toHaveLength(0);

    await t.ds.query(
      `UPDATE email_outbox SET lease_until = now() - interval '1 second' WHERE dedupe_key = 'test:crash'`,
    );
    expect(await t.app.get(MailWorker).drain()).toBe(1);
    expect(await t.app.get(MailWorker).drain()).toBe(0);
    const got = received('crash');
    expect(got).toHaveLength(1);
    expect(got[0].messageId).toBe(messageIdFor('test:crash', 'localhost'));
    const [row] = await t.ds.query(
      `SELECT status, attempts FROM email_outbox WHERE dedupe_key = 'test:crash'`,
    );
    expect(row).toEqual({ status: 'SENT', attempts: 2 });
  });

  it('marks a mail FAILED when the lease of its last attempt expired', async () => {
    const t = apps.at(-1)!;
    await t.app.get(MailOutboxService).enqueue([mail('gave-up')]);
    await t.ds.query(
      `UPDATE email_outbox SET status = 'SENDING', attempts = 6, claim_token = $1,
              lease_until = now() - interval '1 second' WHERE dedupe_key = 'test:gave-up'`,
      [randomUUID()],
    );
    expect(await t.app.get(MailWorker).drain()).toBe(0);
    const [row] = await t.ds.query(`SELECT status FROM email_outbox WHERE dedupe_key = 'test:gave-up'`);
    expect(row).toEqual({ status: 'FAILED' });
    expect(received('gave-up')).toHaveLength(0);
  });

  it('deletes sent and failed mails after the retention period, never waiting ones', async () => {
    const t = apps.at(-1)!;
    await t.app.get(MailOutboxService).enqueue(['old-sent', 'old-failed', 'old-pending'].map(mail));
    await t.ds.query(
      `UPDATE email_outbox SET created_at = now() - interval '91 days',
              status = CASE dedupe_key WHEN 'test:old-sent' THEN 'SENT' WHEN 'test:old-failed' THEN 'FAILED' ELSE 'PENDING' END,
              next_attempt_at = now() + interval '1 day'
        WHERE dedupe_key LIKE 'test:old-%'`,
    );
    expect(await t.app.get(MailWorker).purgeOld()).toBe(2);
    const left = await t.ds.query(`SELECT dedupe_key FROM email_outbox WHERE dedupe_key LIKE 'test:old-%'`);
    expect(left).toEqual([{ dedupe_key: 'test:old-pending' }]);
  });
});
