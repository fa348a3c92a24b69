import type { Pool, PoolClient } from 'pg';
import { personName, kommuneName, plainParagraphsHtml, postBody, questionTitle } from './german-text';
import { Prng } from './prng';

export interface BulkOptions {
  threads: number;
  users: number;
  postsPerThread: number;
  log: (line: string) => void;
}

interface Org {
  id: string;
  kind: string;
  landId: string | null;
}
interface Person {
  id: string;
  orgId: string;
  official: boolean;
}

const BATCH_THREADS = 2000;
const DAY = 86_400_000;

async function insertRows(client: PoolClient, table: string, columns: [string, string][], rows: unknown[][]) {
  if (!rows.length) return;
  const arrays = columns.map((_, i) => rows.map((r) => r[i]));
  const selects = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await client.query(
    `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')}) SELECT * FROM unnest(${selects})`,
    arrays,
  );
}

/** Secondary indexes are dropped during the load and rebuilt once afterwards (much faster than per row). */
async function dropIndexes(client: PoolClient, tables: string[]): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const r of rows) await client.query(`DROP INDEX ${r.indexname}`);
  return rows.map((r: { indexdef: string }) => r.indexdef);
}

export async function seedBulk(pool: Pool, opts: BulkOptions): Promise<Record<string, number>> {
  const client = await pool.connect();
  const started = Date.now();
  const counts = { organisations: 0, users: 0, threads: 0, posts: 0, watches: 0, notifications: 0, flags: 0 };
  try {
    await client.query('SET synchronous_commit = off');
    const run = Number(
      (await client.query(`SELECT value FROM app_meta WHERE key = 'bulk_runs'`)).rows[0]?.value ?? 0,
    );
    const rng = new Prng(2026 + run);
    const tag = `bulk${run}`;

    const laender: { id: string; key: string }[] = (
      await client.query(
        `SELECT o.id, coalesce(k.key, '00') AS key FROM organisations o
           LEFT JOIN (VALUES ('SH','01'),('HH','02'),('NI','03'),('HB','04'),('NW','05'),('HE','06'),('RP','07'),('BW','08'),
                             ('BY','09'),('SL','10'),('BE','11'),('BB','12'),('MV','13'),('SN','14'),('ST','15'),('TH','16')) k(code, key)
             ON k.code = o.code
          WHERE o.kind = 'LAND' ORDER BY o.name`,
      )
    ).rows;
    const others: Org[] = (
      await client.query(`SELECT id, kind, land_id AS "landId" FROM organisations WHERE kind NOT IN ('LAND')`)
    ).rows;
    const topics: { id: string; title: string }[] = (
      await client.query(`SELECT id, title FROM topics WHERE NOT archived`)
    ).rows;
    if (!laender.length || !topics.length)
      throw new Error('Seed the demo data first (start the forum once).');

    // Kommunen: 400 more, spread over the Länder, with an AGS-shaped code.
    const kommunen: Org[] = [];
    const orgRows: unknown[][] = [];
    for (let i = 0; i < 400; i++) {
      const land = laender[i % laender.length];
      const id = rng.uuid();
      const ags = `${land.key}${String(900000 + run * 1000 + i).slice(-6)}`;
      orgRows.push([id, 'KOMMUNE', `${kommuneName(rng)} ${run}-${i}`, ags, land.id]);
      kommunen.push({ id, kind: 'KOMMUNE', landId: land.id });
    }
    await client.query('BEGIN');
    await insertRows(
      client,
      'organisations',
      [
        ['id', 'uuid'],
        ['kind', 'text'],
        ['name', 'text'],
        ['code', 'text'],
        ['land_id', 'uuid'],
      ],
      orgRows,
    );
    counts.organisations = orgRows.length;

    // Users: 80 % Kommunen, 6 % Länder (about 19 representatives per Land, who answer officially and by
    // default watch the topics their Land leads), 14 % Bund, FITKO, Spitzenverbände, IT-Dienstleister.
    const people: Person[] = [];
    const userRows: unknown[][] = [];
    for (let i = 0; i < opts.users; i++) {
      const r = rng.next();
      const org =
        r < 0.8
          ? rng.pick(kommunen)
          : r < 0.86
            ? { id: rng.pick(laender).id, kind: 'LAND', landId: null }
            : rng.pick(others);
      const id = rng.uuid();
      userRows.push([id, `${tag}-${i}@bulk.example`, personName(rng, i), org.id, 'ACTIVE']);
      people.push({ id, orgId: org.id, official: org.kind === 'LAND' });
    }
    await insertRows(
      client,
      'users',
      [
        ['id', 'uuid'],
        ['email', 'text'],
        ['display_name', 'text'],
        ['organisation_id', 'uuid'],
        ['status', 'text'],
      ],
      userRows,
    );
    counts.users = userRows.length;
    await client.query('COMMIT');
    opts.log(
      `  ${counts.organisations} Kommunen, ${counts.users} users (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );

    const indexDefs = await dropIndexes(client, ['threads', 'posts', 'notifications', 'watches', 'flags']);
    // Per-row counter maintenance is replaced by one recomputation after the load.
    await client.query('ALTER TABLE threads DISABLE TRIGGER topic_stats_trg');
    await client.query('ALTER TABLE posts DISABLE TRIGGER posts_land_answer_ins');
    opts.log(`  dropped ${indexDefs.length} secondary indexes for the load`);
    const askers = people.filter((p) => !p.official);
    const now = Date.now();

    for (let done = 0; done < opts.threads; done += BATCH_THREADS) {
      const n = Math.min(BATCH_THREADS, opts.threads - done);
      const threadRows: unknown[][] = [];
      const postRows: unknown[][] = [];
      const accepted: [string, string][] = [];
      const watchRows: unknown[][] = [];
      const notificationRows: unknown[][] = [];
      const flagRows: unknown[][] = [];
      for (let i = 0; i < n; i++) {
        const threadId = rng.uuid();
        const topic = rng.pick(topics);
        const asker = rng.pick(askers);
        const createdAt = now - rng.int(1, 365) * DAY - rng.int(0, DAY);
        // A long tail like a real forum: 4 % are long discussions (3–6× the mean), the rest shorter, so that
        // the mean stays at postsPerThread and thread pages of 20+ posts exist to measure.
        const long = rng.chance(0.04);
        const replies = Math.max(
          0,
          Math.round(
            long
              ? opts.postsPerThread * (3 + 3 * rng.next())
              : opts.postsPerThread * 0.75 + (rng.next() - 0.5) * opts.postsPerThread,
          ),
        );
        let at = createdAt;
        const postIds: { id: string; official: boolean }[] = [];
        for (let p = 0; p <= replies; p++) {
          const author = p === 0 ? asker : rng.pick(people);
          const body = postBody(rng);
          const id = rng.uuid();
          at = p === 0 ? createdAt : Math.min(now - 1000, at + rng.int(10, 72 * 60) * 60_000);
          postRows.push([
            id,
            threadId,
            author.id,
            author.orgId,
            p > 0 && author.official,
            body,
            plainParagraphsHtml(body),
            new Date(at),
          ]);
          if (p > 0) postIds.push({ id, official: author.official });
          if (p > 0 && rng.chance(0.003))
            flagRows.push([
              postIds.at(-1)!.id,
              rng.pick(people).id,
              rng.pick(['SPAM', 'BELEIDIGUNG', 'FALSCHE_INFORMATION']),
            ]);
        }
        const answered = postIds.length > 0 && rng.chance(0.45);
        threadRows.push([
          threadId,
          topic.id,
          asker.id,
          questionTitle(rng, topic.title, done + i),
          answered ? 'ANSWERED' : 'OPEN',
          replies,
          new Date(at),
          new Date(createdAt),
        ]);
        if (answered) accepted.push([threadId, (postIds.find((p) => p.official) ?? postIds[0]).id]);
        watchRows.push([asker.id, 'THREAD', threadId, 'WATCHING']);
        for (let k = 0; k < 2 && postIds.length; k++) {
          notificationRows.push([
            rng.pick(people).id,
            'REPLY',
            rng.pick(people).id,
            threadId,
            rng.pick(postIds).id,
            new Date(at),
            rng.chance(0.6) ? new Date(at) : null,
          ]);
        }
      }
      await client.query('BEGIN');
      await insertRows(
        client,
        'threads',
        [
          ['id', 'uuid'],
          ['topic_id', 'uuid'],
          ['author_id', 'uuid'],
          ['title', 'text'],
          ['state', 'text'],
          ['reply_count', 'int'],
          ['last_activity_at', 'timestamptz'],
          ['created_at', 'timestamptz'],
        ],
        threadRows,
      );
      await insertRows(
        client,
        'posts',
        [
          ['id', 'uuid'],
          ['thread_id', 'uuid'],
          ['author_id', 'uuid'],
          ['author_organisation_id', 'uuid'],
          ['official', 'boolean'],
          ['body', 'text'],
          ['body_html', 'text'],
          ['created_at', 'timestamptz'],
        ],
        postRows,
      );
      if (accepted.length) {
        await client.query(
          `UPDATE threads t SET accepted_post_id = a.post_id, accepted_at = t.last_activity_at FROM unnest($1::uuid[], $2::uuid[]) a(thread_id, post_id) WHERE t.id = a.thread_id`,
          [accepted.map((a) => a[0]), accepted.map((a) => a[1])],
        );
      }
      await insertRows(
        client,
        'watches',
        [
          ['user_id', 'uuid'],
          ['target_type', 'text'],
          ['target_id', 'uuid'],
          ['level', 'text'],
        ],
        watchRows,
      );
      await insertRows(
        client,
        'notifications',
        [
          ['recipient_id', 'uuid'],
          ['type', 'text'],
          ['actor_id', 'uuid'],
          ['thread_id', 'uuid'],
          ['post_id', 'uuid'],
          ['created_at', 'timestamptz'],
          ['read_at', 'timestamptz'],
        ],
        notificationRows,
      );
      await client.query(
        `INSERT INTO flags (post_id, reporter_id, reason) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) ON CONFLICT DO NOTHING`,
        [flagRows.map((f) => f[0]), flagRows.map((f) => f[1]), flagRows.map((f) => f[2])],
      );
      await client.query('COMMIT');
      counts.threads += threadRows.length;
      counts.posts += postRows.length;
      counts.watches += watchRows.length;
      counts.notifications += notificationRows.length;
      counts.flags += flagRows.length;
      if ((done / BATCH_THREADS) % 5 === 4 || done + n >= opts.threads) {
        opts.log(
          `  ${counts.threads} threads, ${counts.posts} posts (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
      }
    }

    opts.log(`  rebuilding ${indexDefs.length} indexes …`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    // Two connections build indexes side by side (this machine has two cores).
    const second = await pool.connect();
    try {
      await second.query(`SET maintenance_work_mem = '1GB'`);
      const queue = [...indexDefs];
      await Promise.all(
        [client, second].map(async (c) => {
          for (let def = queue.shift(); def; def = queue.shift()) await c.query(def);
        }),
      );
    } finally {
      second.release();
    }
    // The first Land answer of every thread (trigger posts_land_answer_ins, off for the load), then the
    // topics' counters, which count open questions by it.
    await client.query('ALTER TABLE posts ENABLE TRIGGER posts_land_answer_ins');
    await client.query(`
      UPDATE threads t SET first_land_answer_at = x.first
        FROM (SELECT p.thread_id, min(p.created_at) AS first FROM posts p
               WHERE p.official AND p.deleted_at IS NULL AND p.hidden_at IS NULL GROUP BY p.thread_id) x
       WHERE t.id = x.thread_id AND t.first_land_answer_at IS DISTINCT FROM x.first`);
    await client.query('ALTER TABLE threads ENABLE TRIGGER topic_stats_trg');
    await client.query('SELECT topic_stats_recompute(id) FROM topics');
    // VACUUM too, not just ANALYZE: it sets the visibility map, as autovacuum would on a live forum, so
    // counts such as the unread notifications per user run as index-only scans instead of heap visits.
    await client.query('VACUUM (ANALYZE)');
    await client.query(
      `INSERT INTO app_meta (key, value) VALUES ('bulk_runs', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [String(run + 1)],
    );
    opts.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return counts;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.query('ALTER TABLE threads ENABLE TRIGGER topic_stats_trg').catch(() => undefined);
    await client.query('ALTER TABLE posts ENABLE TRIGGER posts_land_answer_ins').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
