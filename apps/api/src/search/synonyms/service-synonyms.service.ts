import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/errors/domain-error';
import type { Viewer } from '../../common/graphql/viewer';
import { requireActive, requireAdmin } from '../../common/permissions/permissions';
import { isUuid } from '../../common/validation/is-uuid';
import { DomainEventsService } from '../../events/domain-events.service';
import { expandQuery, type ExpandedQuery, type SynonymGroup } from './expand-query';
import {
  CLOSEST_SERVICE_SQL,
  DELETE_SYNONYM_SQL,
  INSERT_SYNONYM_SQL,
  SERVICES_SQL,
  SPELLING_SQL,
  SYNONYM_GROUPS_SQL,
  SYNONYMS_OF_TOPIC_SQL,
} from './synonyms.sql';
import type { SearchQueryOptions } from '../search-query';

const MAX_SERVICES = 8;
const MAX_QUERY = 500;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The everyday words of the EfA services: search expansion, the services search and suggestions. */
@Injectable()
export class ServiceSynonymsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  async groups(): Promise<SynonymGroup[]> {
    const rows: { topic_id: string; title: string; terms: string[] }[] =
      await this.ds.query(SYNONYM_GROUPS_SQL);
    return rows.map((r) => ({ topicId: r.topic_id, terms: [r.title, ...r.terms] }));
  }

  /** The query's tsquery with the synonyms of the services it names (see expandQuery). */
  async expand(query: string, options: SearchQueryOptions = {}): Promise<ExpandedQuery> {
    return expandQuery(query, await this.groups(), options);
  }

  /** EfA services by name or everyday word, best first. */
  async services(viewer: Viewer | null, search: string): Promise<string[]> {
    requireActive(viewer);
    const text = search.trim().slice(0, MAX_QUERY);
    if (text.length < 2) return [];
    const { topicIds } = await this.expand(text);
    const rows: { id: string }[] = await this.ds.query(SERVICES_SQL, [text, topicIds, MAX_SERVICES]);
    return rows.map((r) => r.id);
  }

  /** For a search without results: the closest service, and the query with misspelt words corrected. */
  async suggestion(
    viewer: Viewer | null,
    query: string,
  ): Promise<{ serviceId: string | null; correction: string | null }> {
    requireActive(viewer);
    const text = query.trim().slice(0, MAX_QUERY);
    if (text.length < 3) return { serviceId: null, correction: null };
    const [service]: { id: string }[] = await this.ds.query(CLOSEST_SERVICE_SQL, [text]);
    const words = [...new Set(text.match(WORD) ?? [])].filter((w) => w.length >= 4).slice(0, 10);
    let correction: string | null = null;
    if (words.length) {
      const rows: { typed: string; suggestion: string; score: number }[] = await this.ds.query(SPELLING_SQL, [
        words,
      ]);
      const better = new Map(
        rows
          .filter((r) => r.suggestion.toLowerCase() !== r.typed.toLowerCase() && r.score < 1)
          .map((r) => [r.typed, r.suggestion]),
      );
      const exact = new Set(
        rows.filter((r) => r.suggestion.toLowerCase() === r.typed.toLowerCase()).map((r) => r.typed),
      );
      if ([...better.keys()].some((w) => !exact.has(w))) {
        const corrected = text.replace(WORD, (w) => (exact.has(w) ? w : (better.get(w) ?? w)));
        if (corrected !== text) correction = corrected;
      }
    }
    return { serviceId: service?.id ?? null, correction };
  }

  async synonymsOf(topicIds: readonly string[]): Promise<{ id: string; term: string; topic_id: string }[]> {
    return this.ds.query(SYNONYMS_OF_TOPIC_SQL, [topicIds]);
  }

  async add(viewer: Viewer | null, topicId: string, term: string): Promise<{ id: string; term: string }> {
    const actor = requireAdmin(viewer);
    const clean = term.trim().replace(/\s+/g, ' ');
    if (clean.length < 2 || clean.length > 100)
      throw badInput('Ein Suchbegriff hat 2 bis 100 Zeichen.', { term: '2 bis 100 Zeichen' });
    if (!isUuid(topicId)) throw notFound('Das Thema');
    return this.events.transaction(async (write) => {
      const exists: unknown[] = await write.manager.query('SELECT 1 FROM topics WHERE id = $1', [topicId]);
      if (!exists.length) throw notFound('Das Thema');
      const rows: { id: string; term: string }[] = await write.manager.query(INSERT_SYNONYM_SQL, [
        topicId,
        clean,
      ]);
      if (!rows.length)
        throw badInput('Diesen Suchbegriff gibt es für die Leistung schon.', { term: 'Doppelt' });
      await write.audit({
        actorId: actor.id,
        action: 'SYNONYM_ADDED',
        targetType: 'TOPIC',
        targetId: topicId,
        reason: clean,
      });
      return rows[0];
    });
  }

  async remove(viewer: Viewer | null, id: string): Promise<boolean> {
    const actor = requireAdmin(viewer);
    if (!isUuid(id)) return false;
    return this.events.transaction(async (write) => {
      const [rows]: [{ topic_id: string; term: string }[], number] = await write.manager.query(
        DELETE_SYNONYM_SQL,
        [id],
      );
      if (!rows.length) return false;
      await write.audit({
        actorId: actor.id,
        action: 'SYNONYM_REMOVED',
        targetType: 'TOPIC',
        targetId: rows[0].topic_id,
        reason: rows[0].term,
      });
      return true;
    });
  }
}
