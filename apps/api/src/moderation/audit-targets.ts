import type { DataSource } from 'typeorm';

/** What an audit entry is about, named for people: a title, an excerpt or a name, and where it lives. */
export interface AuditTarget {
  label: string;
  /** Path of the object's page in the web app; null when it has none or no longer exists. */
  path: string | null;
}

const EXCERPT = 80;

/** A post's beginning as plain text: markdown marks, links and line breaks reduced to words. */
export function excerpt(markdown: string): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
}

const postPath = (threadId: string, postId: string) =>
  `/fragen/${encodeURIComponent(threadId)}#post-${encodeURIComponent(postId)}`;

// One statement per target type over the batch's ids; a deleted object simply finds no row.
const QUERIES: Record<string, string> = {
  THREAD: `SELECT th.id, th.title AS label, th.id AS thread_id FROM threads th WHERE th.id = ANY($1)`,
  POST: `SELECT p.id, p.body AS body, p.deleted_at IS NOT NULL AS deleted, th.title AS thread_title,
                p.thread_id, p.id AS post_id
           FROM posts p JOIN threads th ON th.id = p.thread_id WHERE p.id = ANY($1)`,
  FLAG: `SELECT f.id, p.body AS body, p.deleted_at IS NOT NULL AS deleted, th.title AS thread_title,
                p.thread_id, p.id AS post_id
           FROM flags f JOIN posts p ON p.id = f.post_id JOIN threads th ON th.id = p.thread_id
          WHERE f.id = ANY($1)`,
  USER: `SELECT u.id, u.display_name AS label, u.status, o.name AS organisation
           FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ANY($1)`,
  BOARD: `SELECT b.id, b.title AS label, b.slug FROM boards b WHERE b.id = ANY($1)`,
  TOPIC: `SELECT t.id, t.title AS label FROM topics t WHERE t.id = ANY($1)`,
  EMAIL_DOMAIN: `SELECT e.id, e.domain AS label FROM email_domain_allowlist e WHERE e.id = ANY($1)`,
};

type Row = Record<string, string | boolean | null> & { id: string };

function describe(type: string, row: Row): AuditTarget {
  switch (type) {
    case 'THREAD':
      return { label: row.label as string, path: `/fragen/${encodeURIComponent(row.id)}` };
    case 'POST':
    case 'FLAG': {
      const text = row.deleted ? null : excerpt(row.body as string);
      return {
        label: text ? `„${text}“ in „${row.thread_title}“` : `Gelöschter Beitrag in „${row.thread_title}“`,
        path: postPath(row.thread_id as string, row.post_id as string),
      };
    }
    case 'USER':
      return row.status === 'DELETED'
        ? { label: 'Gelöschtes Konto', path: null }
        : { label: `${row.label} (${row.organisation})`, path: `/nutzer/${encodeURIComponent(row.id)}` };
    case 'BOARD':
      return { label: row.label as string, path: `/bereiche/${encodeURIComponent(row.slug as string)}` };
    case 'TOPIC':
      return { label: row.label as string, path: `/themen/${encodeURIComponent(row.id)}` };
    default:
      return { label: row.label as string, path: null };
  }
}

/** Describes a batch of `TYPE:id` keys, in order; null where the object is gone or the type unknown. */
export async function describeAuditTargets(
  ds: DataSource,
  keys: readonly string[],
): Promise<(AuditTarget | null)[]> {
  const byType = new Map<string, string[]>();
  for (const key of keys) {
    const [type, id] = key.split(':');
    if (QUERIES[type]) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const found = new Map<string, AuditTarget>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const rows: Row[] = await ds.query(QUERIES[type], [ids]);
      for (const row of rows) found.set(`${type}:${row.id}`, describe(type, row));
    }),
  );
  return keys.map((key) => found.get(key) ?? null);
}
