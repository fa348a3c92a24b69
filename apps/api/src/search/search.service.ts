import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../auth/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { encodeCursor, decodeCursor, pageSize } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';
import { SearchSort, type SearchFilterInput } from './dto/search-filter.input';
import { buildTsQuery } from './search-query';
import { SearchResultModel, SimilarThreadModel } from './search.models';

export const MAX_QUERY_LENGTH = 500;
/** How many of the newest matching posts are ranked (and counted) for one search. */
export const CANDIDATE_LIMIT = 1000;
const MARK_START = '\u0001';
const MARK_END = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Escapes the excerpt, then turns only our own markers into <mark>: user text can never become markup. */
export function headlineToHtml(raw: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point here
  return escapeHtml(raw.replace(/[\u0000\u0003-\u0008\u000b\u000c\u000e-\u001f]/g, ''))
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}

function filterSql(filter: SearchFilterInput | undefined, params: unknown[]): string {
  const where: string[] = ['th.merged_into_id IS NULL'];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter?.boardId) add('t.board_id = ?', filter.boardId);
  if (filter?.topicId) add('th.topic_id = ?', filter.topicId);
  if (filter?.leadLandId) add('t.lead_land_id = ?', filter.leadLandId);
  if (filter?.state) add('th.state = ?', filter.state);
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

@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private checkQuery(query: string): string {
    const trimmed = query.trim();
    if (!trimmed) throw badInput('Bitte geben Sie einen Suchbegriff ein.', { query: 'Suchbegriff fehlt' });
    if (trimmed.length > MAX_QUERY_LENGTH) {
      throw badInput(`Der Suchbegriff darf höchstens ${MAX_QUERY_LENGTH} Zeichen lang sein.`, {
        query: 'Zu lang',
      });
    }
    return query;
  }

  /**
   * Threads whose title or visible posts match, one result per thread with its best post. Titles weigh
   * double; official answers and accepted answers 1.5×. Hidden, deleted and merged-away content is never
   * searched, and the tsvector columns are generated, so an edit is searchable at once.
   */
  async search(
    viewer: Viewer | null,
    query: string,
    opts: {
      first?: number | null;
      after?: string | null;
      filter?: SearchFilterInput;
      sort?: SearchSort | null;
    },
  ) {
    requireActive(viewer);
    const tsquery = buildTsQuery(this.checkQuery(query), { prefixLast: true });
    const limit = pageSize(opts.first);
    const offset = opts.after ? Number(decodeCursor(opts.after, 1)[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badInput('Ungültiger Cursor für die Seitenabfrage.');
    const empty = { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 };
    if (!tsquery) return empty;

    // Each visible post is matched together with its thread's title (weight A), so titles rank above
    // bodies and "-wort" excludes a post whose title or body has it. The GIN indexes find candidates
    // through any positive term; the exact query then decides.
    const anyTerm = buildTsQuery(query, { prefixLast: true, anyTerm: true }) ?? tsquery;
    const params: unknown[] = [tsquery, HEADLINE_OPTIONS, anyTerm];
    const where = filterSql(opts.filter, params);
    params.push(limit + 1, offset);
    const order =
      opts.sort === SearchSort.NEWEST
        ? 'th.last_activity_at DESC, th.id'
        : 'score DESC, th.last_activity_at DESC, th.id';
    const rows: {
      thread_id: string;
      post_id: string | null;
      score: number;
      total: number;
      headline: string;
    }[] = await this.ds.query(
      `WITH q AS (SELECT to_tsquery('forum_german', $1) AS query, to_tsquery('forum_german', $3) AS any_term),
       -- A very common word matches a large share of 1M posts: rank only the newest matches
       -- (CANDIDATE_LIMIT posts and threads each), so a search never reads the whole table.
       candidates AS (
         -- The tsquery is written inline (not through q) so the planner sees it: for a common word it
         -- walks posts_created_idx backwards and stops early, for a rare one it uses the GIN index.
         (SELECT p.id FROM posts p WHERE p.search_vector @@ to_tsquery('forum_german', $3)
           ORDER BY p.created_at DESC LIMIT ${CANDIDATE_LIMIT})
         UNION
         SELECT p.id FROM (SELECT th.id FROM threads th
                            WHERE th.search_vector @@ to_tsquery('forum_german', $3) AND th.merged_into_id IS NULL
                            ORDER BY th.last_activity_at DESC LIMIT ${CANDIDATE_LIMIT / 4}) tt
           JOIN posts p ON p.thread_id = tt.id),
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
              ts_headline('forum_german', th.title || E'\n' || p.body, q.query, $2) AS headline
         FROM page JOIN threads th ON th.id = page.thread_id JOIN posts p ON p.id = page.post_id, q
        ORDER BY ${order.replace(/score/g, 'page.score')}`,
      params,
    );
    const hasNextPage = rows.length > limit;
    const page = rows.slice(0, limit);
    const edges = page.map((r, index) => ({
      cursor: encodeCursor([offset + index + 1]),
      node: Object.assign(new SearchResultModel(), {
        threadId: r.thread_id,
        postId: r.post_id,
        rank: Math.round(r.score * 10_000) / 10_000,
        headline: headlineToHtml(r.headline),
      }),
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.length ? edges[edges.length - 1].cursor : null, hasNextPage },
      totalCount: rows[0]?.total ?? (offset > 0 ? offset : 0),
    };
  }

  /** Up to `first` existing questions resembling a title being typed: trigram similarity plus text rank. */
  async similar(
    viewer: Viewer | null,
    title: string,
    topicId?: string | null,
    first = 5,
  ): Promise<SimilarThreadModel[]> {
    requireActive(viewer);
    const text = this.checkQuery(title).trim();
    if (topicId && !isUuid(topicId)) throw badInput('Ungültiges Thema.', { topicId: 'Ungültige ID' });
    const tsquery = buildTsQuery(text, { prefixLast: true, anyTerm: true });
    const rows: { id: string; same_topic: boolean; score: number }[] = await this.ds.query(
      `WITH q AS (SELECT CASE WHEN $2::text IS NULL THEN NULL ELSE to_tsquery('forum_german', $2) END AS query)
       SELECT th.id, (th.topic_id = $3) IS TRUE AS same_topic,
              (similarity(forum_fold(th.title), forum_fold($1)) * 0.7
               + coalesce(ts_rank(th.search_vector, q.query), 0) * 0.3
               + CASE WHEN th.topic_id = $3 THEN 0.1 ELSE 0 END)::float8 AS score
         FROM threads th, q
        WHERE th.merged_into_id IS NULL
          AND (forum_fold(th.title) % forum_fold($1) OR (q.query IS NOT NULL AND th.search_vector @@ q.query))
        ORDER BY score DESC, th.last_activity_at DESC
        LIMIT $4`,
      [text, tsquery, topicId ?? null, Math.min(Math.max(first, 1), 10)],
    );
    return rows.map((r) =>
      Object.assign(new SimilarThreadModel(), {
        threadId: r.id,
        sameTopic: r.same_topic,
        score: Math.round(r.score * 10_000) / 10_000,
      }),
    );
  }
}
