import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors/domain-error';
import { isUniqueViolation } from '../../common/errors/pg-errors';
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
  SYNONYM_FOR_UPDATE_SQL,
  SYNONYMS_OF_TOPIC_SQL,
  UPDATE_SYNONYM_SQL,
} from './synonyms.sql';
import type { SearchQueryOptions } from '../search-query';

const MAX_SERVICES = 8;
const MAX_QUERY = 500;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
export const TERM_MIN = 2;
export const TERM_MAX = 100;
const DUPLICATE = 'Diesen Suchbegriff gibt es für die Leistung schon.';

/** A synonym as stored: trimmed, inner whitespace collapsed, 2–100 characters, with a letter or digit. */
export function cleanTerm(term: string): string {
  const clean = term.trim().replace(/\s+/g, ' ');
  if (clean.length < TERM_MIN || clean.length > TERM_MAX)
    throw badInput(`Ein Suchbegriff hat ${TERM_MIN} bis ${TERM_MAX} Zeichen.`, {
      term: `${TERM_MIN} bis ${TERM_MAX} Zeichen`,
    });
  if (!/[\p{L}\p{N}]/u.test(clean))
    throw badInput('Ein Suchbegriff braucht Buchstaben oder Ziffern.', {
      term: 'Buchstaben oder Ziffern fehlen',
    });
  return clean;
}

/** The everyday words of the EfA services: search expansion, the services search and suggestions. */
@Injectable()
export class ServiceSynonymsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  /**
   * Read per search, deliberately without a cache: the table holds a few words per service, and an
   * administrator's change is seen at once by every instance with nothing to invalidate.
   */
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
    const clean = cleanTerm(term);
    if (!isUuid(topicId)) throw notFound('Das Thema');
    return this.events.transaction(async (write) => {
      const exists: unknown[] = await write.manager.query('SELECT 1 FROM topics WHERE id = $1', [topicId]);
      if (!exists.length) throw notFound('Das Thema');
      const rows: { id: string; term: string }[] = await write.manager.query(INSERT_SYNONYM_SQL, [
        topicId,
        clean,
      ]);
      if (!rows.length) throw conflict(DUPLICATE);
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

  /** Corrects a synonym's spelling; it stays with its service. */
  async update(viewer: Viewer | null, id: string, term: string): Promise<{ id: string; term: string }> {
    const actor = requireAdmin(viewer);
    const clean = cleanTerm(term);
    if (!isUuid(id)) throw notFound('Der Suchbegriff');
    try {
      return await this.events.transaction(async (write) => {
        const [old]: { topic_id: string; term: string }[] = await write.manager.query(
          SYNONYM_FOR_UPDATE_SQL,
          [id],
        );
        if (!old) throw notFound('Der Suchbegriff');
        if (old.term === clean) return { id, term: clean };
        const [rows]: [{ id: string; term: string }[], number] = await write.manager.query(
          UPDATE_SYNONYM_SQL,
          [id, clean],
        );
        await write.audit({
          actorId: actor.id,
          action: 'SYNONYM_UPDATED',
          targetType: 'TOPIC',
          targetId: old.topic_id,
          reason: `${old.term} → ${clean}`,
        });
        return rows[0];
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(DUPLICATE);
      throw err;
    }
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
