import { CUSTOM_PLAN } from '../database/preparing-client';
import { progressSql } from '../threads/thread-progress';
import { SearchSort, type SearchFilterInput } from './dto/search-filter.input';

/** How many of the newest matching posts are ranked (and counted) for one search. */
export const CANDIDATE_LIMIT = 1000;
/** Above this many estimated matching rows a term counts as common (see SearchPlan). */
export const COMMON_ROWS = 5000;

export const MARK_START = '\u0001';
export const MARK_END = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * How candidates are found, per table. "common": walk the recency index backwards and stop after
 * CANDIDATE_LIMIT matches (a word in half of all posts). "rare": read the GIN index, then sort the few
 * matches. PostgreSQL's own estimate cannot be trusted to choose: for a lexeme missing from its
 * most-common-elements statistics it assumes half the least common one's frequency, which on a small
 * vocabulary is ~1.5 % of the table, and a rare word then walked all 1M posts (3.3 s).
 */
export interface SearchPlan {
  posts: 'common' | 'rare';
  threads: 'common' | 'rare';
}

/**
 * Estimated rows matching any term of a tsquery, per table, from pg_stats' most common elements (MCE):
 * a term's frequency, or for a prefix the sum over the MCE lexemes it starts; a term not in the MCE list
 * is rarer than the least common element listed, counted as 0. One cheap statement on a catalog view.
 */
export const ESTIMATE_SQL = `
  WITH lex AS (
    SELECT replace(m[1], '''''', '''') AS lexeme, m[2] IS NOT NULL AS prefix
      FROM regexp_matches(to_tsquery('forum_german', $1)::text, '''((?:[^'']|'''')+)''(:\\*)?', 'g') AS m),
  mce AS (
    SELECT s.tablename, u.e, u.f
      FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f)
     WHERE s.schemaname = current_schema() AND s.tablename IN ('posts', 'threads')
       AND s.attname = 'search_vector' AND u.e IS NOT NULL),
  freq AS (
    SELECT mce.tablename, least(1, sum(mce.f)) AS f
      FROM lex JOIN mce ON mce.e = lex.lexeme OR (lex.prefix AND left(mce.e, length(lex.lexeme)) = lex.lexeme)
     GROUP BY mce.tablename)
  SELECT c.relname AS "table", (coalesce(freq.f, 0) * greatest(c.reltuples, 0))::float8 AS rows
    FROM pg_class c LEFT JOIN freq ON freq.tablename = c.relname
   WHERE c.relname IN ('posts', 'threads') AND c.relnamespace = current_schema()::regnamespace`;

/**
 * A filter to one topic, board or lead Land keeps a few percent of the matches: walking the recency index
 * until CANDIDATE_LIMIT of them pass the filter then reads much of the table (a word in 0.1 % of all posts,
 * one topic of 36: all 1 M posts walked, 5 s). Reading the GIN matches and filtering them is cheaper up to
 * about this many matches; above it (a word in 22 % of all posts: 218,000 GIN matches, 6 s) the walk is.
 */
export const COMMON_ROWS_NARROW = 50_000;

/** Whether a filter narrows the search to a small part of the forum (see COMMON_ROWS_NARROW). */
export const isNarrowFilter = (filter: SearchFilterInput | undefined | null): boolean =>
  Boolean(filter?.topicId || filter?.boardId || filter?.leadLandId);

export function planFromEstimates(rows: { table: string; rows: number }[], narrow = false): SearchPlan {
  const of = (table: string) => rows.find((r) => r.table === table)?.rows ?? 0;
  const limit = narrow ? COMMON_ROWS_NARROW : COMMON_ROWS;
  return {
    posts: of('posts') > limit ? 'common' : 'rare',
    threads: of('threads') > limit / 4 ? 'common' : 'rare',
  };
}

const UNFILTERED = 'th.merged_into_id IS NULL';

function filterSql(filter: SearchFilterInput | undefined, params: unknown[]): string {
  const where: string[] = [UNFILTERED];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter?.boardId) add('t.board_id = ?', filter.boardId);
  if (filter?.topicId) add('th.topic_id = ?', filter.topicId);
  if (filter?.leadLandId) add('t.lead_land_id = ?', filter.leadLandId);
  if (filter?.tagId)
    add('EXISTS (SELECT 1 FROM thread_tags tt WHERE tt.thread_id = th.id AND tt.tag_id = ?)', filter.tagId);
  if (filter?.state) add('th.state = ?', filter.state);
  if (filter?.progress) where.push(progressSql('th', filter.progress));
  if (filter?.from) add('th.created_at >= ?', filter.from);
  if (filter?.to) add('th.created_at < ?', filter.to);
  if (filter?.authorOrganisationKind) {
    add(
      'EXISTS (SELECT 1 FROM users au JOIN organisations ao ON ao.id = au.organisation_id WHERE au.id = th.author_id AND ao.kind = ?)',
      filter.authorOrganisationKind,
    );
  }
  return where.join(' AND ');
}

export interface SearchSqlInput {
  tsquery: string;
  anyTerm: string;
  filter?: SearchFilterInput;
  sort?: SearchSort | null;
  limit: number;
  offset: number;
  plan: SearchPlan;
}

/**
 * One statement: candidates (posts matching any positive term, and the question of each thread whose
 * title does), the best post per thread by rank (titles weigh double through weight A; official and accepted
 * answers 1.5×), filters, one page, and a headline per result.
 */
export function searchSql(input: SearchSqlInput): { text: string; params: unknown[] } {
  const params: unknown[] = [input.tsquery, HEADLINE_OPTIONS, input.anyTerm];
  const where = filterSql(input.filter, params);
  params.push(input.limit + 1, input.offset);
  const order =
    input.sort === SearchSort.NEWEST
      ? 'th.last_activity_at DESC, th.id'
      : 'score DESC, th.last_activity_at DESC, th.id';
  // The tsquery is written inline (not through q) so that the planner sees it. "common" keeps ORDER BY +
  // LIMIT together so the recency index is walked and the scan stops early; "rare" materialises the GIN
  // result first, so the planner cannot choose that walk (which would read the whole table).
  // Filters apply inside the candidate queries: only the newest CANDIDATE_LIMIT matches are ranked, and
  // filtering after that cut would lose older matches of a board, topic or period (a common word in one
  // topic). Without filters the posts need no join.
  const filtered = where !== UNFILTERED;
  const match = `p.search_vector @@ to_tsquery('forum_german', $3)`;
  const scope = 'JOIN threads th ON th.id = m.thread_id JOIN topics t ON t.id = th.topic_id';
  // "rare": the GIN matches are fenced (OFFSET 0) before the filter joins them; otherwise the planner, which
  // cannot estimate a tsquery, may start from the filter's threads and read all their posts (2 s).
  const posts =
    input.plan.posts === 'common'
      ? filtered
        ? `(SELECT p.id FROM posts p JOIN threads th ON th.id = p.thread_id JOIN topics t ON t.id = th.topic_id
             WHERE ${match} AND ${where} ORDER BY p.created_at DESC LIMIT ${CANDIDATE_LIMIT})`
        : `(SELECT p.id FROM posts p WHERE ${match} ORDER BY p.created_at DESC LIMIT ${CANDIDATE_LIMIT})`
      : `(SELECT m.id FROM (SELECT p.id, p.created_at, p.thread_id FROM posts p WHERE ${match} OFFSET 0) m
           ${filtered ? `${scope} WHERE ${where}` : ''}
           ORDER BY m.created_at DESC LIMIT ${CANDIDATE_LIMIT})`;
  const threadMatch = `th.search_vector @@ to_tsquery('forum_german', $3)`;
  const threads =
    input.plan.threads === 'common'
      ? `(SELECT th.id FROM threads th JOIN topics t ON t.id = th.topic_id WHERE ${threadMatch} AND ${where}
           ORDER BY th.last_activity_at DESC LIMIT ${CANDIDATE_LIMIT / 4})`
      : `(SELECT th.id FROM (SELECT id FROM threads WHERE search_vector @@ to_tsquery('forum_german', $3) OFFSET 0) g
           JOIN threads th ON th.id = g.id JOIN topics t ON t.id = th.topic_id
           WHERE ${where} ORDER BY th.last_activity_at DESC LIMIT ${CANDIDATE_LIMIT / 4})`;
  const text = `${CUSTOM_PLAN} WITH q AS (SELECT to_tsquery('forum_german', $1) AS query),
       candidates AS (
         ${posts}
         UNION
         -- A title match brings its thread's first visible post (the question), not all its posts:
         -- posts whose body matches too are candidates through the first branch already.
         SELECT fp.id FROM ${threads} tt
           CROSS JOIN LATERAL (SELECT p.id FROM posts p
                                WHERE p.thread_id = tt.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL
                                ORDER BY p.created_at, p.id LIMIT 1) fp),
       best AS (
         SELECT DISTINCT ON (p.thread_id) p.thread_id, p.id AS post_id,
                ts_rank(th.search_vector || p.search_vector, q.query)
                  * CASE WHEN p.official THEN 1.5 ELSE 1 END
                  * CASE WHEN th.accepted_post_id = p.id THEN 1.5 ELSE 1 END AS score
           FROM candidates c JOIN posts p ON p.id = c.id JOIN threads th ON th.id = p.thread_id, q
          WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND (th.search_vector || p.search_vector) @@ q.query
          ORDER BY p.thread_id, score DESC, p.created_at),
       page AS (
         SELECT b.thread_id, b.post_id, b.score, count(*) OVER () AS total
           FROM best b JOIN threads th ON th.id = b.thread_id JOIN topics t ON t.id = th.topic_id
          WHERE ${where}
          ORDER BY ${order}
          LIMIT $${params.length - 1} OFFSET $${params.length})
       SELECT page.thread_id, page.post_id, page.score::float8 AS score, page.total::int AS total,
              ts_headline('forum_german', th.title || E'\\n' || p.body, q.query, $2) AS headline
         FROM page JOIN threads th ON th.id = page.thread_id JOIN posts p ON p.id = page.post_id, q
        ORDER BY ${order.replace(/score/g, 'page.score')}`;
  return { text, params };
}

/**
 * Questions similar to a title being typed ($1; $2: its tsquery or null), the same topic ($3) first,
 * at most $4.
 */
export const SIMILAR_THREADS_SQL = `${CUSTOM_PLAN} WITH q AS (SELECT CASE WHEN $2::text IS NULL THEN NULL ELSE to_tsquery('forum_german', $2) END AS query)
       SELECT th.id, (th.topic_id = $3) IS TRUE AS same_topic,
              (similarity(forum_fold(th.title), forum_fold($1)) * 0.7
               + coalesce(ts_rank(th.search_vector, q.query), 0) * 0.3
               + CASE WHEN th.topic_id = $3 THEN 0.1 ELSE 0 END)::float8 AS score
         FROM threads th, q
        WHERE th.merged_into_id IS NULL
          AND (forum_fold(th.title) % forum_fold($1) OR (q.query IS NOT NULL AND th.search_vector @@ q.query))
        ORDER BY score DESC, th.last_activity_at DESC
        LIMIT $4`;
