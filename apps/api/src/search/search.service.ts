import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { encodeCursor, decodeCursor, pageSize } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';
import type { SearchFilterInput, SearchSort } from './dto/search-filter.input';
import { buildTsQuery } from './search-query';
import { expandQuery } from './synonyms/expand-query';
import { ServiceSynonymsService } from './synonyms/service-synonyms.service';
import {
  ESTIMATE_SQL,
  MARK_END,
  MARK_START,
  isNarrowFilter,
  planFromEstimates,
  type SearchPlan,
  searchSql,
  SIMILAR_THREADS_SQL,
} from './search.sql';
import { SearchResultModel, SimilarThreadModel } from './search.models';

export const MAX_QUERY_LENGTH = 500;

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

@Injectable()
export class SearchService {
  /**
   * The candidate strategy per query, from pg_stats, which change only with ANALYZE. It decides speed, never
   * results (both strategies find the same, tested in search-plan.int-spec), so a cached plan is safe.
   */
  private readonly plans = new LRUCache<string, SearchPlan>({ max: 2_000, ttl: 10 * 60_000 });

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly synonyms: ServiceSynonymsService,
  ) {}

  private async planFor(anyTerm: string, narrow: boolean): Promise<SearchPlan> {
    const key = `${narrow ? 'narrow' : 'wide'}:${anyTerm}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = planFromEstimates(await this.ds.query(ESTIMATE_SQL, [anyTerm]), narrow);
      this.plans.set(key, plan);
    }
    return plan;
  }

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
    // Everyday words of the services widen the query ("Ummeldung" also finds "Wohnsitzanmeldung").
    const groups = await this.synonyms.groups();
    const { tsquery } = expandQuery(this.checkQuery(query), groups, { prefixLast: true });
    const limit = pageSize(opts.first);
    const offset = opts.after ? Number(decodeCursor(opts.after, ['number'])[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badInput('Ungültiger Cursor für die Seitenabfrage.');
    const empty = { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 };
    if (!tsquery) return empty;

    // Each visible post is matched together with its thread's title (weight A), so titles rank above
    // bodies and "-wort" excludes a post whose title or body has it. The GIN indexes find candidates
    // through any positive term; the exact query then decides.
    const anyTerm = expandQuery(query, groups, { prefixLast: true, anyTerm: true }).tsquery ?? tsquery;
    const plan = await this.planFor(anyTerm, isNarrowFilter(opts.filter));
    const sql = searchSql({ tsquery, anyTerm, filter: opts.filter, sort: opts.sort, limit, offset, plan });
    const rows: {
      thread_id: string;
      post_id: string | null;
      score: number;
      total: number;
      headline: string;
    }[] = await this.ds.query(sql.text, sql.params);
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
      SIMILAR_THREADS_SQL,
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
