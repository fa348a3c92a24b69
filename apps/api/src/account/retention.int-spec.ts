import { createUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { RetentionService } from './retention.service';

describe('retention (DSGVO storage limitation)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('deletes old read notifications, all very old notifications and expired sessions; keeps the rest', async () => {
    const user = await createUser(t.ds);
    const note = async (daysAgo: number, read: boolean) =>
      (
        (await t.ds.query(
          `INSERT INTO notifications (recipient_id, type, created_at, read_at)
           VALUES ($1, 'ACCOUNT', now() - make_interval(days => $2), CASE WHEN $3 THEN now() END) RETURNING id`,
          [user.id, daysAgo, read],
        )) as { id: string }[]
      )[0].id;
    const oldRead = await note(200, true);
    const oldUnread = await note(200, false);
    const recentRead = await note(10, true);
    const recentUnread = await note(1, false);
    const ancientUnread = await note(400, false);
    await t.ds.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ('expired-' || gen_random_uuid(), $1, now() - interval '1 hour')`,
      [user.id],
    );
    // Links of "Passwort vergessen?": one expired two days ago goes, one that expired an hour ago stays a day.
    for (const expired of ['2 days', '1 hour'])
      await t.ds.query(
        `INSERT INTO account_tokens (user_id, purpose, expires_at) VALUES ($1, 'PASSWORD_RESET', now() - $2::interval)`,
        [user.id, expired],
      );

    const result = await t.app.get(RetentionService).run();
    expect(result).toEqual({
      readNotifications: 1,
      oldNotifications: 1,
      expiredSessions: 1,
      expiredAccountLinks: 1,
      removedFiles: 0,
    });
    const left = (
      (await t.ds.query('SELECT id FROM notifications WHERE recipient_id = $1', [user.id])) as {
        id: string;
      }[]
    ).map((r) => r.id);
    expect(left.sort()).toEqual([oldUnread, recentRead, recentUnread].sort());
    expect(left).not.toContain(oldRead);
    expect(left).not.toContain(ancientUnread);
    const [{ n }] = await t.ds.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [user.id]);
    expect(n).toBe(1); // the factory's valid session
    const links = await t.ds.query('SELECT count(*)::int AS n FROM account_tokens WHERE user_id = $1', [
      user.id,
    ]);
    expect(links[0].n).toBe(1);
  });

  it('removes unused uploads after a day and files of deleted posts after their period', async () => {
    const user = await createUser(t.ds);
    const file = async (age: string, detachedAge: string | null) =>
      (
        (await t.ds.query(
          `WITH a AS (INSERT INTO attachments (uploader_id, name, content_type, size, sha256, created_at, detached_at)
             VALUES ($1, 'datei.pdf', 'application/pdf', 3, '', now() - $2::interval, now() - $3::interval) RETURNING id)
           INSERT INTO attachment_chunks (attachment_id, seq, data) SELECT id, 0, '\\x010203' FROM a RETURNING attachment_id AS id`,
          [user.id, age, detachedAge],
        )) as { id: string }[]
      )[0].id;
    const freshUpload = await file('2 hours', null);
    const staleUpload = await file('25 hours', null);
    const recentlyRemoved = await file('40 days', '10 days');
    const longRemoved = await file('60 days', '31 days');
    const result = await t.app.get(RetentionService).run();
    expect(result.removedFiles).toBe(2);
    const left = (
      (await t.ds.query('SELECT id FROM attachments WHERE uploader_id = $1', [user.id])) as { id: string }[]
    ).map((r) => r.id);
    expect(left.sort()).toEqual([freshUpload, recentlyRemoved].sort());
    expect(left).not.toContain(staleUpload);
    expect(left).not.toContain(longRemoved);
    const [{ n }] = await t.ds.query(
      'SELECT count(*)::int AS n FROM attachment_chunks WHERE attachment_id = ANY($1)',
      [[staleUpload, longRemoved]],
    );
    expect(n).toBe(0);
  });
});
