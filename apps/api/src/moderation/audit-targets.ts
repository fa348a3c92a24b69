import type { DataSource } from 'typeorm';
import { AUDIT_TARGETS_SQL } from './moderation.sql';

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
    if (AUDIT_TARGETS_SQL[type]) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const found = new Map<string, AuditTarget>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const rows: Row[] = await ds.query(AUDIT_TARGETS_SQL[type], [ids]);
      for (const row of rows) found.set(`${type}:${row.id}`, describe(type, row));
    }),
  );
  return keys.map((key) => found.get(key) ?? null);
}
