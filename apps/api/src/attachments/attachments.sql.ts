// Hand-written SQL of the attachments feature; the services hold the decisions.

/** A new upload of user $2 with id $1, named $3, stored in $4 ('pg' or 'dir'); size and type follow. */
export const INSERT_UPLOAD_SQL = `INSERT INTO attachments (id, uploader_id, name, content_type, size, sha256, storage)
  VALUES ($1, $2, $3, '', 0, '', $4)`;

/** The checked upload $1: type $2, size $3, sha256 $4, image width $5 and height $6, storage key $7. */
export const COMPLETE_UPLOAD_SQL = `UPDATE attachments
  SET content_type = $2, size = $3, sha256 = $4, width = $5, height = $6, storage_key = $7 WHERE id = $1`;

export const INSERT_CHUNK_SQL =
  'INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES ($1, $2, $3)';

/** Chunks $2..$3 of file $1, in order. */
export const CHUNK_RANGE_SQL = `SELECT seq, data FROM attachment_chunks
  WHERE attachment_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`;

export const CHUNK_SQL = 'SELECT data FROM attachment_chunks WHERE attachment_id = $1 AND seq = $2';

/**
 * A file and what decides who may download it: its post (deleted, hidden, author), and the moderators of
 * the post's board (board moderators; MODERATOR and ADMIN are checked from the viewer).
 */
export const FILE_FOR_DOWNLOAD_SQL = `
  SELECT a.id, a.name, a.content_type AS "contentType", a.size::float8 AS size, a.storage,
         a.storage_key AS "storageKey", a.uploader_id AS "uploaderId", a.post_id AS "postId",
         p.author_id AS "postAuthorId", p.deleted_at IS NOT NULL AS "postDeleted",
         p.hidden_at IS NOT NULL AS "postHidden",
         coalesce((SELECT array_agg(bm.user_id::text) FROM board_moderators bm WHERE bm.board_id = tp.board_id), '{}')
           AS "boardModeratorIds"
    FROM attachments a
    LEFT JOIN posts p ON p.id = a.post_id
    LEFT JOIN threads th ON th.id = p.thread_id
    LEFT JOIN topics tp ON tp.id = th.topic_id
   WHERE a.id = $1`;

/** The attachments of posts $1, in their order. */
export const ATTACHMENTS_OF_POSTS_SQL = `
  SELECT id, post_id AS "postId", name, content_type AS "contentType", size::float8 AS size, width, height
    FROM attachments WHERE post_id = ANY($1) ORDER BY post_id, position, created_at`;

/** Uploads $1 of user $2 that may be linked to post $3: unlinked, or already linked to that post. */
export const LINKABLE_UPLOADS_SQL = `
  SELECT id FROM attachments WHERE id = ANY($1) AND uploader_id = $2 AND (post_id IS NULL OR post_id = $3)
  FOR UPDATE`;

/** Post $1's files other than $2 leave it (an edit replaced them); the retention run removes them later. */
export const DETACH_OTHERS_SQL = `UPDATE attachments SET post_id = NULL, detached_at = now()
  WHERE post_id = $1 AND NOT (id = ANY($2))`;

/** File $1 belongs to post $2 at position $3. */
export const LINK_SQL =
  'UPDATE attachments SET post_id = $2, position = $3, detached_at = NULL WHERE id = $1';

/** Post $1 was deleted: its files are kept for the retention period from now on. */
export const MARK_DELETED_POST_FILES_SQL =
  'UPDATE attachments SET detached_at = coalesce(detached_at, now()) WHERE post_id = $1';

/**
 * Files to remove: uploads never linked to a post after $1 (unlinked since creation), and files of
 * deleted posts or replaced by an edit since before $2. Returns their storage to clean up a directory.
 */
export const EXPIRED_FILES_SQL = `
  DELETE FROM attachments
   WHERE id IN (SELECT id FROM attachments
                 WHERE (post_id IS NULL AND detached_at IS NULL AND created_at < $1)
                    OR (detached_at IS NOT NULL AND detached_at < $2)
                 LIMIT 1000)
  RETURNING id, storage, storage_key AS "storageKey"`;

/** Uploads of user $1 (data export). */
export const UPLOADS_OF_USER_SQL = `
  SELECT id, name, content_type AS "contentType", size::float8 AS size, post_id AS "postId", created_at AS "createdAt"
    FROM attachments WHERE uploader_id = $1 ORDER BY created_at`;
