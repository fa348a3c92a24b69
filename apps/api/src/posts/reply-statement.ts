import { draftKey } from '../drafts/draft-key';
import { deleteDraftSql } from '../drafts/drafts.sql';
import { markReadSql } from '../reading/reading.sql';
import { watchThreadsImplicitlySql } from '../watches/watches.sql';
import { countReplySql } from './posts.sql';

/**
 * The write consequences of `PostCreated` (DomainEventsService.onWrite) that the one-statement reply
 * performs itself. posts.service checks at start-up that exactly these are registered, so a new
 * consequence cannot be skipped silently by the fast path (it must be added here and below).
 */
export const REPLY_STATEMENT_CONSEQUENCES = ['read mark', 'implicit watch', 'draft removed'] as const;

/**
 * A reply in one statement, one round trip and one implicit transaction: the thread's counters (refused when
 * it is locked), the post, the author's read mark and implicit watch, and the finished draft. Data-modifying
 * CTEs see one snapshot, so every step reads the new post from `p`'s RETURNING, and `p` inserts only when the
 * counting update found an open thread; the update re-checks `locked` on the row version it writes, so a reply
 * cannot slip past a concurrent lock. No row back means "thread missing or locked": the caller then takes
 * the transactional path, which says which and lets a board's moderators past the lock. A repeated clientId
 * fails on the unique index and rolls the whole statement back.
 *
 * $1 thread, $2 author, $3 author's organisation, $4 official, $5 body, $6 body html, $7 clientId,
 * $8 created at, $9 the draft's key. `columns`: the post's columns as selected from `p` (entityRows).
 */
export const replyStatementSql = (columns: string) => `WITH
  c AS (${countReplySql('$1::uuid', '$8::timestamptz', 'false')}),
  p AS (INSERT INTO posts AS p (thread_id, author_id, author_organisation_id, official, body, body_html, client_id, created_at)
          SELECT c.id, $2::uuid, $3::uuid, $4::boolean, $5::text, $6::text, $7::uuid, $8::timestamptz FROM c
          RETURNING p.*),
  r AS (${markReadSql('SELECT p.author_id, p.thread_id, p.created_at FROM p')}),
  w AS (${watchThreadsImplicitlySql('$2::uuid', 'SELECT p.thread_id FROM p')}),
  d AS (${deleteDraftSql('$2::uuid', '$9::text', 'EXISTS (SELECT 1 FROM p)')})
  SELECT ${columns} FROM p`;

/** The draft a reply to thread `threadId` finishes (the drafts feature's key). */
export const replyDraftKey = (threadId: string) => draftKey('thread', threadId);
