import { countReplySql } from './posts.sql';

/**
 * A reply in one statement, one round trip and one implicit transaction: the thread's counters (refused when
 * it is locked), the post, and the write consequences of `PostCreated` as the features registered them
 * (`steps`, see DomainEventsService.onWrite: the author's read mark and implicit watch, the finished draft).
 * Data-modifying CTEs share one snapshot, so every step reads the new post from `p`'s RETURNING, and `p`
 * inserts only when the counting update found an open thread; that update re-checks `locked` on the row
 * version it writes, so a reply cannot slip past a concurrent lock. No row back means "thread missing or
 * locked": the caller then takes the transactional path, which says which and lets a board's moderators past
 * the lock. A repeated clientId fails on the unique index and rolls the whole statement back.
 *
 * $1 thread, $2 author, $3 author's organisation, $4 official, $5 body, $6 body html, $7 clientId,
 * $8 created at. `columns`: the post's columns as selected from `p` (entityRows).
 */
export const replyStatementSql = (columns: string, steps: string[]) => `WITH
  c AS (${countReplySql('$1::uuid', '$8::timestamptz', 'false')}),
  p AS (INSERT INTO posts AS p (thread_id, author_id, author_organisation_id, official, body, body_html, client_id, created_at)
          SELECT c.id, $2::uuid, $3::uuid, $4::boolean, $5::text, $6::text, $7::uuid, $8::timestamptz FROM c
          RETURNING p.*)${steps.map((step, i) => `,\n  step${i} AS (${step})`).join('')}
  SELECT ${columns} FROM p`;
