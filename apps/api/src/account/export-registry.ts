import { DELETED_ACCOUNT_NAME } from '../users/user.model';

/*
 * Every table that holds data about a user, and what "Meine Daten herunterladen" (export) and
 * "Konto löschen" (erase) do with it. DSGVO Art. 15/17 in one place.
 *
 * HOW TO EXTEND — when you add a table (or a column) that references users(id):
 *   1. Append an entry to USER_DATA_TABLES below (or to your own array spread into it).
 *   2. `userColumns`: EVERY column of the table that references users(id), each with a short note on what
 *      it means for the person. `export-registry.int-spec.ts` reads the foreign keys from the database and
 *      fails for any table or column that is missing here.
 *   3. `export`: a section of the download (key, German label, and a query returning plain JSON values —
 *      never token hashes, password hashes or other people's personal data), or `{ excluded: 'why' }`.
 *   4. `erase`: what account deletion does, inside its transaction (delete the rows, or anonymise), or
 *      `{ kept: 'why' }`. The `users` row itself is anonymised last, after every other entry.
 */

/** What the registry's queries run on: the DataSource, or the deletion transaction's EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export type ExportRule =
  | {
      /** Key in the JSON document. */
      section: string;
      /** Heading in the readable (HTML) export. */
      label: string;
      rows: (db: Queryable, userId: string) => Promise<unknown>;
    }
  | { excluded: string };

export type EraseRule = ((db: Queryable, userId: string) => Promise<void>) | { kept: string };

export interface UserDataTable {
  table: string;
  userColumns: Record<string, string>;
  export: ExportRule;
  erase: EraseRule;
}

const rows = async (db: Queryable, sql: string, userId: string): Promise<Record<string, unknown>[]> =>
  (await db.query(sql, [userId])) as Record<string, unknown>[];

const deleteWhere = (table: string, column: string) => async (db: Queryable, userId: string) => {
  await db.query(`DELETE FROM ${table} WHERE ${column} = $1`, [userId]);
};

/** Columns of the users row never exported: secrets and other people's ids. */
const ACCOUNT_HIDDEN_COLUMNS = new Set(['password_hash', 'approved_by_id']);

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export const USER_DATA_TABLES: UserDataTable[] = [
  {
    table: 'users',
    userColumns: {
      approved_by_id:
        'who approved an account: a moderator — not exported (another person), kept on deletion',
    },
    export: {
      section: 'account',
      label: 'Konto',
      // Every column (also ones added later), except secrets and other people's ids.
      async rows(db, userId) {
        const [user] = await rows(db, 'SELECT * FROM users WHERE id = $1', userId);
        const [organisation] = await rows(
          db,
          `SELECT o.id, o.name, o.kind, o.code FROM organisations o JOIN users u ON u.organisation_id = o.id
            WHERE u.id = $1`,
          userId,
        );
        const account: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(user ?? {}))
          if (!ACCOUNT_HIDDEN_COLUMNS.has(key)) account[camel(key)] = value;
        return { ...account, organisation };
      },
    },
    // Run last by the deletion (AccountService): posts stay and show "Gelöschtes Konto" (PRODUCT.md).
    async erase(db, userId) {
      await db.query(
        `UPDATE users SET status = 'DELETED', role = 'USER', email = NULL, password_hash = NULL,
                display_name = $2, suspended_until = NULL, suspension_reason = NULL,
                updated_at = date_trunc('milliseconds', now())
          WHERE id = $1`,
        [userId, DELETED_ACCOUNT_NAME],
      );
    },
  },
  {
    table: 'sessions',
    userColumns: { user_id: 'sign-ins of the user' },
    export: {
      section: 'sessions',
      label: 'Anmeldungen (Sitzungen)',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt" FROM sessions
            WHERE user_id = $1 ORDER BY created_at`,
          userId,
        ),
    },
    erase: deleteWhere('sessions', 'user_id'),
  },
  {
    table: 'account_tokens',
    userColumns: { user_id: 'links of "Passwort vergessen?" and of e-mail changes sent to the user' },
    export: {
      section: 'accountLinks',
      label: 'Links zum Zurücksetzen des Passworts und zur Änderung der E-Mail-Adresse',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT purpose, new_email AS "newEmail", created_at AS "createdAt", expires_at AS "expiresAt",
                  used_at AS "usedAt" FROM account_tokens WHERE user_id = $1 ORDER BY created_at`,
          userId,
        ),
    },
    erase: deleteWhere('account_tokens', 'user_id'),
  },
  {
    table: 'user_identities',
    userColumns: { user_id: 'accounts at OpenID Connect providers the user signs in with' },
    export: {
      section: 'identityProviders',
      label: 'Anmeldung über Identitätsanbieter',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT provider_id AS "provider", subject, email, created_at AS "linkedAt",
                  last_sign_in_at AS "lastSignInAt" FROM user_identities WHERE user_id = $1 ORDER BY created_at`,
          userId,
        ),
    },
    erase: deleteWhere('user_identities', 'user_id'),
  },
  {
    table: 'board_moderators',
    userColumns: { user_id: 'boards the user moderates' },
    export: {
      section: 'moderatedBoards',
      label: 'Moderierte Bereiche',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT b.id, b.slug, b.title, bm.created_at AS "since" FROM board_moderators bm
             JOIN boards b ON b.id = bm.board_id WHERE bm.user_id = $1 ORDER BY b.title`,
          userId,
        ),
    },
    erase: deleteWhere('board_moderators', 'user_id'),
  },
  {
    table: 'threads',
    userColumns: { author_id: 'questions the user asked' },
    export: {
      section: 'threads',
      label: 'Gestellte Fragen',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT th.id, th.title, th.state, tp.title AS "topic", th.created_at AS "createdAt",
                  th.last_activity_at AS "lastActivityAt", th.merged_into_id AS "mergedIntoId"
             FROM threads th JOIN topics tp ON tp.id = th.topic_id
            WHERE th.author_id = $1 ORDER BY th.created_at`,
          userId,
        ),
    },
    erase: { kept: 'questions stay in the forum, shown as "Gelöschtes Konto" (PRODUCT.md)' },
  },
  {
    table: 'posts',
    userColumns: {
      author_id: 'posts the user wrote',
      deleted_by_id:
        "who deleted a post: the user's own deletions show as deletedAt; moderation in auditEntries",
      hidden_by_id: 'moderator who hid a post: part of the moderation record (auditEntries)',
    },
    export: {
      section: 'posts',
      label: 'Beiträge',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT p.id, p.thread_id AS "threadId", th.title AS "threadTitle", p.body, p.official,
                  p.created_at AS "createdAt", p.edited_at AS "editedAt", p.deleted_at AS "deletedAt",
                  p.hidden_at AS "hiddenAt", p.hidden_reason AS "hiddenReason"
             FROM posts p JOIN threads th ON th.id = p.thread_id
            WHERE p.author_id = $1 ORDER BY p.created_at, p.id`,
          userId,
        ),
    },
    erase: { kept: 'posts stay in their threads, shown as "Gelöschtes Konto" (PRODUCT.md)' },
  },
  {
    table: 'attachments',
    userColumns: { uploader_id: 'files and images the user uploaded (POST /uploads)' },
    export: {
      section: 'uploads',
      label: 'Hochgeladene Dateien',
      // The files themselves stay downloadable for their uploader under `url` while they are kept.
      async rows(db, userId) {
        const files = await rows(
          db,
          `SELECT id, name, content_type AS "contentType", size::float8 AS size, post_id AS "postId",
                  created_at AS "createdAt", detached_at AS "removedFromPostAt"
             FROM attachments WHERE uploader_id = $1 ORDER BY created_at, id`,
          userId,
        );
        return files.map((f) => ({
          ...f,
          url: `/files/${String(f.id)}/${encodeURIComponent(String(f.name))}`,
        }));
      },
    },
    // Files in posts stay with the posts (like their text); the others go now (PostgreSQL) or with the
    // next retention run, which also removes them from an upload directory.
    async erase(db, userId) {
      await db.query(
        `DELETE FROM attachments WHERE uploader_id = $1 AND post_id IS NULL AND storage = 'pg'`,
        [userId],
      );
      await db.query(
        `UPDATE attachments SET detached_at = '-infinity', created_at = '-infinity'
          WHERE uploader_id = $1 AND post_id IS NULL`,
        [userId],
      );
    },
  },
  {
    table: 'post_revisions',
    userColumns: { editor_id: 'earlier versions the user (or a moderator) saved when editing' },
    export: {
      section: 'postRevisions',
      label: 'Frühere Fassungen von Beiträgen',
      // Earlier versions of the user's own posts with their text; edits of other people's posts (as a
      // moderator) without it — that text is the other person's.
      rows: (db, userId) =>
        rows(
          db,
          `SELECT r.id, r.post_id AS "postId", r.created_at AS "createdAt",
                  CASE WHEN p.author_id = $1 THEN r.body END AS "body",
                  CASE WHEN r.editor_id = $1 THEN 'Sie' ELSE 'Moderation' END AS "editedBy"
             FROM post_revisions r JOIN posts p ON p.id = r.post_id
            WHERE p.author_id = $1 OR r.editor_id = $1 ORDER BY r.created_at, r.id`,
          userId,
        ),
    },
    erase: { kept: 'revision history of posts that stay' },
  },
  {
    table: 'audit_entries',
    userColumns: { actor_id: 'moderation actions taken by the user' },
    export: {
      section: 'auditEntries',
      label: 'Protokolleinträge',
      // About the user: with the reason, without who acted. By the user: without the reason, which may
      // describe someone else.
      rows: (db, userId) =>
        rows(
          db,
          `SELECT a.id, a.action, a.target_type AS "targetType", a.target_id AS "targetId",
                  CASE WHEN a.target_type = 'USER' AND a.target_id = $1 THEN a.reason END AS "reason",
                  CASE WHEN a.actor_id = $1 THEN 'Sie' ELSE 'Moderation' END AS "by",
                  a.created_at AS "createdAt"
             FROM audit_entries a
            WHERE a.actor_id = $1 OR (a.target_type = 'USER' AND a.target_id = $1)
            ORDER BY a.created_at, a.id`,
          userId,
        ),
    },
    erase: { kept: 'the audit log is append-only (database trigger); entries name ids only' },
  },
  {
    table: 'watches',
    userColumns: { user_id: 'what the user watches or muted' },
    export: {
      section: 'watches',
      label: 'Beobachtungen',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT target_type AS "targetType", target_id AS "targetId", level, created_at AS "createdAt"
             FROM watches WHERE user_id = $1 ORDER BY created_at`,
          userId,
        ),
    },
    erase: deleteWhere('watches', 'user_id'),
  },
  {
    table: 'notifications',
    userColumns: {
      recipient_id: "the user's notifications",
      actor_id: 'notifications the user caused for others: they belong to the recipients; not exported, kept',
    },
    export: {
      section: 'notifications',
      label: 'Benachrichtigungen',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT id, type, thread_id AS "threadId", post_id AS "postId", detail,
                  created_at AS "createdAt", read_at AS "readAt"
             FROM notifications WHERE recipient_id = $1 ORDER BY created_at, id`,
          userId,
        ),
    },
    erase: deleteWhere('notifications', 'recipient_id'),
  },
  {
    table: 'notification_counters',
    userColumns: { user_id: "the number of the user's unread notifications" },
    export: { excluded: 'derived from the notifications, which are exported' },
    // The notifications' delete trigger counts down as they go; the row itself goes with the account.
    erase: deleteWhere('notification_counters', 'user_id'),
  },
  {
    table: 'reading_versions',
    userColumns: { user_id: "a counter that grows whenever the user's read marks change" },
    export: { excluded: 'a technical counter (unread-counts cache); the read marks are exported' },
    erase: deleteWhere('reading_versions', 'user_id'),
  },
  {
    table: 'flags',
    userColumns: {
      reporter_id: 'posts the user reported',
      resolved_by_id: 'reports the user resolved as a moderator',
    },
    export: {
      section: 'flags',
      label: 'Meldungen',
      async rows(db, userId) {
        return {
          reported: await rows(
            db,
            `SELECT id, post_id AS "postId", reason, comment, state, created_at AS "createdAt",
                    resolved_at AS "resolvedAt"
               FROM flags WHERE reporter_id = $1 ORDER BY created_at`,
            userId,
          ),
          resolved: await rows(
            db,
            `SELECT id, post_id AS "postId", state, resolved_at AS "resolvedAt"
               FROM flags WHERE resolved_by_id = $1 ORDER BY resolved_at`,
            userId,
          ),
        };
      },
    },
    erase: { kept: 'reports are part of the moderation record (pseudonymous once the account is deleted)' },
  },
  {
    table: 'email_domain_allowlist',
    userColumns: { created_by_id: 'allow-listed e-mail domains an administrator added' },
    export: {
      section: 'allowedEmailDomains',
      label: 'Freigegebene E-Mail-Domains (von Ihnen angelegt)',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT domain, organisation_kind AS "organisationKind", created_at AS "createdAt"
             FROM email_domain_allowlist WHERE created_by_id = $1 ORDER BY created_at`,
          userId,
        ),
    },
    erase: { kept: 'configuration of the forum, not personal data' },
  },
  {
    table: 'thread_reads',
    userColumns: { user_id: 'which threads the user read, and up to when' },
    export: {
      section: 'threadReads',
      label: 'Gelesene Fragen',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT thread_id AS "threadId", read_at AS "readAt" FROM thread_reads
            WHERE user_id = $1 ORDER BY read_at`,
          userId,
        ),
    },
    erase: deleteWhere('thread_reads', 'user_id'),
  },
  {
    table: 'read_marks',
    userColumns: { user_id: '"alles als gelesen markieren" per scope' },
    export: {
      section: 'readMarks',
      label: 'Als gelesen markiert',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT scope_type AS "scope", CASE WHEN scope_type = 'ALL' THEN NULL ELSE scope_id END AS "scopeId",
                  marked_at AS "markedAt"
             FROM read_marks WHERE user_id = $1 ORDER BY marked_at`,
          userId,
        ),
    },
    erase: deleteWhere('read_marks', 'user_id'),
  },
  {
    table: 'bookmarks',
    userColumns: { user_id: "the user's bookmarks" },
    export: {
      section: 'bookmarks',
      label: 'Lesezeichen',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT b.thread_id AS "threadId", th.title, b.created_at AS "createdAt"
             FROM bookmarks b JOIN threads th ON th.id = b.thread_id
            WHERE b.user_id = $1 ORDER BY b.created_at`,
          userId,
        ),
    },
    erase: deleteWhere('bookmarks', 'user_id'),
  },
  {
    table: 'drafts',
    userColumns: { user_id: "the user's unsent drafts" },
    export: {
      section: 'drafts',
      label: 'Entwürfe',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT key, title, body, updated_at AS "updatedAt" FROM drafts WHERE user_id = $1 ORDER BY updated_at`,
          userId,
        ),
    },
    erase: deleteWhere('drafts', 'user_id'),
  },
  {
    table: 'post_reactions',
    userColumns: { user_id: 'posts the user found helpful' },
    export: {
      section: 'reactions',
      label: 'Als hilfreich markierte Beiträge',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT post_id AS "postId", kind, created_at AS "createdAt" FROM post_reactions
            WHERE user_id = $1 ORDER BY created_at`,
          userId,
        ),
    },
    // Deleted, so the counts stay honest: a deleted account finds nothing helpful any more.
    erase: deleteWhere('post_reactions', 'user_id'),
  },
  {
    table: 'notification_preferences',
    userColumns: { user_id: 'how the user wants to be notified, per notification type (mail/)' },
    export: {
      section: 'notificationPreferences',
      label: 'Benachrichtigungseinstellungen',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT type, in_app AS "inApp", email, updated_at AS "updatedAt" FROM notification_preferences
            WHERE user_id = $1 ORDER BY type`,
          userId,
        ),
    },
    erase: deleteWhere('notification_preferences', 'user_id'),
  },
  {
    table: 'email_outbox',
    userColumns: { recipient_user_id: 'e-mails sent (or waiting to be sent) to the user (mail/)' },
    export: {
      section: 'emails',
      label: 'E-Mails an Sie',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT kind, subject, to_address AS "to", status, created_at AS "createdAt", sent_at AS "sentAt"
             FROM email_outbox WHERE recipient_user_id = $1 ORDER BY created_at, id`,
          userId,
        ),
    },
    // Also mails not sent yet: a deleted account gets no more mail.
    erase: deleteWhere('email_outbox', 'recipient_user_id'),
  },
  {
    table: 'topics',
    userColumns: {
      profile_updated_by_id:
        'who last changed the Steckbrief of a service: shown with it; the history is in serviceProfileRevisions',
    },
    export: { excluded: 'the Steckbrief changes of the user are exported from service_profile_revisions' },
    erase: { kept: 'the Steckbrief shows "Gelöschtes Konto" as its last editor' },
  },
  {
    table: 'service_profile_revisions',
    userColumns: { editor_id: 'versions of a Steckbrief the user saved (topics/)' },
    export: {
      section: 'serviceProfileRevisions',
      label: 'Geänderte Steckbriefe',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT r.id, t.title AS "service", r.changed_fields AS "changedFields", r.created_at AS "createdAt"
             FROM service_profile_revisions r JOIN topics t ON t.id = r.topic_id
            WHERE r.editor_id = $1 ORDER BY r.created_at, r.id`,
          userId,
        ),
    },
    erase: { kept: 'the history of a Steckbrief stays, its editor shown as "Gelöschtes Konto"' },
  },
  {
    table: 'faq_entries',
    userColumns: { promoted_by_id: 'FAQ entries the user promoted from an answer (faq/)' },
    export: {
      section: 'faqEntries',
      label: 'In die FAQ übernommene Antworten',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT f.id, t.title AS "service", f.question, f.created_at AS "createdAt"
             FROM faq_entries f JOIN topics t ON t.id = f.topic_id
            WHERE f.promoted_by_id = $1 ORDER BY f.created_at, f.id`,
          userId,
        ),
    },
    // The FAQ belongs to the service and stays; the entry no longer names who promoted it.
    async erase(db, userId) {
      await db.query('UPDATE faq_entries SET promoted_by_id = NULL WHERE promoted_by_id = $1', [userId]);
    },
  },
  {
    table: 'adoptions',
    userColumns: {
      recorded_by_id: "adoption records of the user's Kommune that the user entered (adoptions/)",
    },
    export: {
      section: 'adoptions',
      label: 'Eingetragener Umsetzungsstand',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT t.title AS "service", a.status, a.model, a.since, a.updated_at AS "updatedAt"
             FROM adoptions a JOIN topics t ON t.id = a.topic_id
            WHERE a.recorded_by_id = $1 ORDER BY t.title`,
          userId,
        ),
    },
    // The record is the Kommune's statement and stays; only the link to the person goes.
    async erase(db, userId) {
      await db.query('UPDATE adoptions SET recorded_by_id = NULL WHERE recorded_by_id = $1', [userId]);
    },
  },
  {
    table: 'feed_tokens',
    userColumns: { user_id: 'the personal feed token (only its hash) for Atom feeds (feeds/)' },
    export: {
      section: 'feedToken',
      label: 'Feed-Schlüssel',
      rows: (db, userId) =>
        rows(
          db,
          `SELECT created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM feed_tokens WHERE user_id = $1`,
          userId,
        ),
    },
    erase: deleteWhere('feed_tokens', 'user_id'),
  },
];
