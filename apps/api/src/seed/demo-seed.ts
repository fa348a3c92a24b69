import type { DataSource, EntityManager } from 'typeorm';
import { LIMITS, Role, ThreadState } from '@forum/shared';
import { hashPassword } from '../auth/password-hasher';
import { renderMarkdown } from '../posts/markdown-renderer';
import { slugOf } from '../tags/tag-slug';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_THREADS, type DemoAuthor } from './demo-threads';
import { seedDemoKnowledge, type AcceptedDemoAnswer } from './demo-knowledge';
import {
  DEMO_TAGS,
  EFA_SERVICES,
  GENERAL_BOARDS,
  KOMMUNEN,
  LAENDER,
  ORG_KEYS,
  OTHER_ORGANISATIONS,
  THEMENFELDER,
} from './seed-data';

export const SEEDED_KEY = 'demo_seeded_at';

export interface SeedSummary {
  seeded: boolean;
  organisations?: number;
  boards?: number;
  topics?: number;
  users?: number;
  threads?: number;
  posts?: number;
}

async function insertReturningId(manager: EntityManager, sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await manager.query(`${sql} RETURNING id`, params);
  return rows[0].id;
}

/**
 * Fills an empty database with the demo data set of PRODUCT.md, in one transaction. A marker row in
 * app_meta makes a second start (or a second replica) skip it.
 */
export async function seedDemoData(
  ds: DataSource,
  demoPassword: string,
  now = new Date(),
): Promise<SeedSummary> {
  const done: unknown[] = await ds.query('SELECT 1 FROM app_meta WHERE key = $1', [SEEDED_KEY]);
  if (done.length) return { seeded: false };
  const passwordHash = await hashPassword(demoPassword);

  return ds.transaction(async (m) => {
    const landIds = new Map<string, string>();
    for (const land of LAENDER) {
      landIds.set(
        land.code,
        await insertReturningId(m, `INSERT INTO organisations (kind, name, code) VALUES ('LAND', $1, $2)`, [
          land.name,
          land.code,
        ]),
      );
    }
    const kommuneIds = new Map<string, string>();
    for (const k of KOMMUNEN) {
      kommuneIds.set(
        k.ags,
        await insertReturningId(
          m,
          `INSERT INTO organisations (kind, name, code, land_id) VALUES ('KOMMUNE', $1, $2, $3)`,
          [k.name, k.ags, landIds.get(k.land)],
        ),
      );
    }
    const otherIds = new Map<string, string>();
    for (const o of OTHER_ORGANISATIONS) {
      otherIds.set(
        o.name,
        await insertReturningId(m, `INSERT INTO organisations (kind, name) VALUES ($1, $2)`, [
          o.kind,
          o.name,
        ]),
      );
    }
    await m.query(
      `INSERT INTO organisations (kind, name) VALUES ('IT_DIENSTLEISTER', 'ekom21 – KGRZ Hessen'), ('IT_DIENSTLEISTER', 'Dataport AöR')`,
    );

    // Users: the demo logins plus one (login-less) author per organisation that appears in the threads.
    const userIds = new Map<string, string>();
    const userOrg = new Map<string, string>();
    const addUser = async (
      key: string,
      email: string | null,
      name: string,
      orgId: string,
      role: Role,
      hash: string | null,
    ) => {
      const id = await insertReturningId(
        m,
        `INSERT INTO users (email, display_name, password_hash, organisation_id, role, status, approved_at, created_at, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, 'ACTIVE', $6, $6, $6)`,
        [email, name, hash, orgId, role, new Date(now.getTime() - 200 * 86_400_000)],
      );
      userIds.set(key, id);
      userOrg.set(key, orgId);
    };
    for (const acc of DEMO_ACCOUNTS) {
      const org = acc.org as { kommune?: string; land?: string; other?: string };
      const orgId = org.kommune
        ? kommuneIds.get(org.kommune)
        : org.land
          ? landIds.get(org.land)
          : otherIds.get(ORG_KEYS[org.other!]);
      await addUser(acc.key, acc.email, acc.displayName, orgId!, acc.role, passwordHash);
    }
    for (const k of KOMMUNEN) {
      const short = k.name.replace(/^(Landeshauptstadt|Stadt|Freie und Hansestadt)\s+/, '');
      await addUser(
        `kommune:${k.ags}`,
        null,
        `Digitalisierung ${short}`,
        kommuneIds.get(k.ags)!,
        Role.USER,
        null,
      );
    }
    for (const land of LAENDER) {
      const short = land.name.replace(/^(Freistaat|Freie und Hansestadt|Freie Hansestadt)\s+/, '');
      await addUser(
        `land:${land.code}`,
        null,
        `OZG-Koordination ${short}`,
        landIds.get(land.code)!,
        Role.USER,
        null,
      );
    }
    const orgNames: Record<string, string> = {
      BUND: 'Referat Digitale Verwaltung (Bund)',
      FITKO: 'FITKO Produktmanagement',
      DST: 'Deutscher Städtetag – Digitalisierung',
      DLT: 'Deutscher Landkreistag – Digitalisierung',
      DStGB: 'DStGB – Digitalisierung',
    };
    for (const [key, orgName] of Object.entries(ORG_KEYS)) {
      await addUser(`org:${key}`, null, orgNames[key], otherIds.get(orgName)!, Role.USER, null);
    }

    // Boards: one per Themenfeld, then the general boards, each general board with one general topic.
    const boardIds = new Map<string, string>();
    let position = 0;
    for (const tf of THEMENFELDER) {
      const leads = tf.lead.map((c) => LAENDER.find((l) => l.code === c)?.name).filter(Boolean);
      const description = leads.length
        ? `OZG-Themenfeld, federführend: ${leads.join(', ')}`
        : 'OZG-Themenfeld';
      boardIds.set(
        tf.slug,
        await insertReturningId(
          m,
          `INSERT INTO boards (slug, title, description, position, themenfeld_key) VALUES ($1, $2, $3, $4, $1)`,
          [tf.slug, tf.title, description, position++],
        ),
      );
    }
    const topicIds = new Map<string, string>();
    const topicLead = new Map<string, string | null>();
    for (const gb of GENERAL_BOARDS) {
      const boardId = await insertReturningId(
        m,
        `INSERT INTO boards (slug, title, description, position) VALUES ($1, $2, $3, $4)`,
        [gb.slug, gb.title, gb.description, 100 + position++],
      );
      boardIds.set(gb.slug, boardId);
      const key = `board:${gb.slug}`;
      topicIds.set(
        key,
        await insertReturningId(m, `INSERT INTO topics (board_id, title, description) VALUES ($1, $2, $3)`, [
          boardId,
          gb.title,
          gb.description,
        ]),
      );
      topicLead.set(key, null);
    }
    let topicPosition = 0;
    for (const s of EFA_SERVICES) {
      const leadId = landIds.get(s.lead) ?? null;
      // Notes that flag unverified facts are for us, not for the users.
      const description = s.note && !/unverified/i.test(s.note) ? s.note : null;
      topicIds.set(
        s.name,
        await insertReturningId(
          m,
          `INSERT INTO topics (board_id, title, description, lead_land_id, service_status, position) VALUES ($1, $2, $3, $4, $5, $6)`,
          [boardIds.get(s.themenfeld), s.name, description, leadId, 'EfA-Leistung', topicPosition++],
        ),
      );
      topicLead.set(s.name, leadId);
    }

    // Threads with their posts, dated relative to now so the demo always looks current.
    let posts = 0;
    const author = (key: DemoAuthor) => {
      const id = userIds.get(key);
      if (!id) throw new Error(`Demo thread author ${key} is unknown`);
      return { id, orgId: userOrg.get(key)! };
    };
    const isLand = (key: DemoAuthor) => key === 'demo:land' || key.startsWith('land:');
    const accepted: AcceptedDemoAnswer[] = [];
    for (const t of DEMO_THREADS) {
      const topicId = topicIds.get(t.topic);
      if (!topicId) throw new Error(`Demo thread topic ${t.topic} is unknown`);
      const askedAt = new Date(now.getTime() - t.daysAgo * 86_400_000);
      const asker = author(t.author);
      const replyTimes = t.replies.map((r) => new Date(askedAt.getTime() + r.hoursAfterQuestion * 3_600_000));
      const lastActivity = [askedAt, ...replyTimes].filter((d) => d <= now).pop() ?? askedAt;
      const threadId = await insertReturningId(
        m,
        `INSERT INTO threads (topic_id, author_id, title, state, pinned, locked, reply_count, last_activity_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8)`,
        [
          topicId,
          asker.id,
          t.title,
          t.locked ? ThreadState.CLOSED : ThreadState.OPEN,
          !!t.pinned,
          !!t.locked,
          t.replies.length,
          lastActivity,
          askedAt,
        ],
      );
      // Replies by Länder are official answers (triggers then date the first Land answer); a question never is.
      const insert = (key: DemoAuthor, body: string, at: Date, official: boolean) => {
        const a = author(key);
        posts++;
        return insertReturningId(
          m,
          `INSERT INTO posts (thread_id, author_id, author_organisation_id, official, body, body_html, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [threadId, a.id, a.orgId, official, body, renderMarkdown(body), at],
        );
      };
      await insert(t.author, t.body, askedAt, false);
      const replyIds: string[] = [];
      for (const [i, r] of t.replies.entries())
        replyIds.push(await insert(r.author, r.body, replyTimes[i], isLand(r.author)));
      if (t.acceptedReply !== undefined && replyIds[t.acceptedReply]) {
        await m.query(
          `UPDATE threads SET accepted_post_id = $1, accepted_at = $3,
                  state = CASE WHEN state = 'CLOSED' THEN state ELSE 'ANSWERED' END WHERE id = $2`,
          [replyIds[t.acceptedReply], threadId, replyTimes[t.acceptedReply]],
        );
        const reply = t.replies[t.acceptedReply];
        accepted.push({
          topic: t.topic,
          question: t.title,
          postId: replyIds[t.acceptedReply],
          body: reply.body,
        });
      }
    }

    await seedTags(m);
    await seedDemoKnowledge(m, { now, topicIds, topicLead, userIds, accepted });

    await m.query('INSERT INTO app_meta (key, value) VALUES ($1, $2)', [SEEDED_KEY, now.toISOString()]);
    return {
      seeded: true,
      organisations: LAENDER.length + KOMMUNEN.length + OTHER_ORGANISATIONS.length + 2,
      boards: boardIds.size,
      topics: topicIds.size,
      users: userIds.size,
      threads: DEMO_THREADS.length,
      posts,
    };
  });
}

/**
 * The curated tags, and on each demo question the tags whose keywords its title or question names (at
 * most five, as for anyone asking).
 */
async function seedTags(m: EntityManager): Promise<void> {
  for (const tag of DEMO_TAGS) {
    await m.query('INSERT INTO tags (slug, name, description) VALUES ($1, $2, $3)', [
      slugOf(tag.name),
      tag.name,
      tag.description,
    ]);
  }
  const threads: { id: string; text: string }[] = await m.query(
    `SELECT th.id, lower(th.title || ' ' || p.body) AS text FROM threads th
       JOIN LATERAL (SELECT body FROM posts WHERE thread_id = th.id ORDER BY created_at LIMIT 1) p ON true`,
  );
  for (const thread of threads) {
    const slugs = DEMO_TAGS.filter((tag) => tag.keywords.some((k) => thread.text.includes(k)))
      .slice(0, LIMITS.tagsPerThread)
      .map((tag) => slugOf(tag.name));
    if (slugs.length)
      await m.query(
        'INSERT INTO thread_tags (thread_id, tag_id) SELECT $1, id FROM tags WHERE slug = ANY($2)',
        [thread.id, slugs],
      );
  }
}
