import { NotificationType } from '@forum/shared';
import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { ok, startTestApp, type TestApp } from '../../test/test-app';
import { RetentionService } from '../account/retention.service';
import { DomainEventsService } from '../events/domain-events.service';
import { NotificationsService } from './notifications.service';

// The unread counter per user is kept by triggers; it must equal the count over the table after every kind
// of write, including concurrent fan-outs to overlapping recipients (which must not deadlock either).
describe('unread notification counters (triggers on notifications)', () => {
  let t: TestApp;
  let service: NotificationsService;
  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(NotificationsService);
  });
  afterAll(() => t.close());

  const counted = async (userId: string) =>
    (
      (await t.ds.query(
        'SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL',
        [userId],
      )) as { n: number }[]
    )[0].n;
  const counter = async (userId: string) =>
    (
      (await t.ds.query('SELECT unread FROM notification_counters WHERE user_id = $1', [userId])) as {
        unread: number;
      }[]
    )[0]?.unread ?? 0;
  const expectExact = async (users: TestUser[]) => {
    for (const u of users) expect(await counter(u.id)).toBe(await counted(u.id));
  };
  const notify = (recipients: TestUser[], actor: TestUser | null = null) =>
    service.storeAndDeliver(
      recipients.map((r) => ({
        recipientId: r.id,
        type: NotificationType.ACCOUNT,
        actorId: actor?.id ?? null,
        threadId: null,
        postId: null,
        detail: 'Test',
      })),
    );

  it('counts new notifications, single and all-read marks, and retention deletes', async () => {
    const [a, b] = [await createUser(t.ds), await createUser(t.ds)];
    await notify([a, b, a]);
    await notify([a]);
    expect(await counter(a.id)).toBe(3);
    expect(await counter(b.id)).toBe(1);

    const [first] = (await t.ds.query(
      'SELECT id FROM notifications WHERE recipient_id = $1 ORDER BY created_at LIMIT 1',
      [a.id],
    )) as { id: string }[];
    const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
    ok(await t.gql(MARK, { ids: [first.id] }, { token: a.token }));
    expect(await counter(a.id)).toBe(2);
    ok(await t.gql(MARK, { ids: [first.id] }, { token: a.token })); // already read: no change
    expect(await counter(a.id)).toBe(2);
    ok(await t.gql(MARK, {}, { token: a.token }));
    expect(await counter(a.id)).toBe(0);
    expect(ok(await t.gql(`{ unreadNotificationCount }`, {}, { token: b.token }))).toEqual({
      unreadNotificationCount: 1,
    });

    await t.ds.query(
      `UPDATE notifications SET created_at = now() - interval '400 days' WHERE recipient_id = $1`,
      [b.id],
    );
    await t.app.get(RetentionService).run();
    await expectExact([a, b]);
    expect(await counter(b.id)).toBe(0);
  });

  it('stays exact when the recipient is deleted with their notifications (cascade)', async () => {
    const [a, b] = [await createUser(t.ds), await createUser(t.ds)];
    await notify([a, b], b);
    await t.ds.query('DELETE FROM users WHERE id = $1', [b.id]);
    await expectExact([a]);
    expect(await t.ds.query('SELECT 1 FROM notification_counters WHERE user_id = $1', [b.id])).toEqual([]);
    // The actor reference has no foreign key (insert cost); a trigger does what ON DELETE SET NULL did.
    expect(await t.ds.query('SELECT actor_id FROM notifications WHERE recipient_id = $1', [a.id])).toEqual([
      { actor_id: null },
    ]);
  });

  it('removes notifications of a deleted thread or post, as the dropped cascades did', async () => {
    const [asker, watcher] = [await createUser(t.ds), await createUser(t.ds)];
    const topic = await createTopic(t.ds, await createBoard(t.ds));
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage zum Löschen', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread.id as string;
    const post = (
      (await t.ds.query(`SELECT id FROM posts WHERE thread_id = $1`, [thread])) as { id: string }[]
    )[0].id;
    const note = (threadId: string | null, postId: string | null) =>
      service.storeAndDeliver([
        { recipientId: watcher.id, type: NotificationType.REPLY, actorId: asker.id, threadId, postId },
      ]);
    await note(thread, null);
    await note(thread, post);
    expect(await counter(watcher.id)).toBe(2);
    await t.ds.query('DELETE FROM posts WHERE id = $1', [post]);
    expect(await counter(watcher.id)).toBe(1);
    await t.ds.query('DELETE FROM threads WHERE id = $1', [thread]);
    expect(await t.ds.query('SELECT 1 FROM notifications WHERE recipient_id = $1', [watcher.id])).toEqual([]);
    expect(await counter(watcher.id)).toBe(0);
  });

  it('pushes the counted value and survives concurrent fan-outs to overlapping recipients', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => createUser(t.ds)));
    // 20 fan-outs at once, each to a different overlapping subset, in different orders.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        notify(i % 2 ? people.slice(i % 5) : [...people].reverse().slice(0, 8 + (i % 4))),
      ),
    );
    await t.app.get(DomainEventsService).drain();
    await expectExact(people);
    expect(await counter(people[11].id)).toBeGreaterThan(0);
  });
});
