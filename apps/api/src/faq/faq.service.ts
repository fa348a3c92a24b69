import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { boardModeratorIds } from '../boards/board-moderators';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { requireActive } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { renderMarkdown } from '../posts/markdown-renderer';
import { expandQuery } from '../search/synonyms/expand-query';
import { ServiceSynonymsService } from '../search/synonyms/service-synonyms.service';
import { canEditProfile } from '../topics/service-profile.service';
import { FAQ_QUESTION_MAX, type PromoteToFaqArgs, type UpdateFaqEntryInput } from './dto/faq.args';
import type { FaqEntryRow } from './faq-entry.model';
import {
  DELETE_FAQ_ENTRY_SQL,
  FAQ_ENTRY_SQL,
  FAQ_OF_TOPICS_SQL,
  FAQ_SEARCH_SQL,
  INSERT_FAQ_ENTRY_SQL,
  NEXT_FAQ_POSITION_SQL,
  PROMOTION_SOURCE_SQL,
  REORDER_FAQ_SQL,
  UPDATE_FAQ_ENTRY_SQL,
} from './faq.sql';

interface PromotionSource {
  id: string;
  body: string;
  official: boolean;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  thread_id: string;
  title: string;
  accepted_post_id: string | null;
  merged_into_id: string | null;
  first_post_id: string;
  topic_id: string;
  board_id: string;
  lead_land_id: string | null;
}

const FORBIDDEN_MESSAGE = 'Die FAQ einer Leistung pflegen das federführende Land und die Moderation.';

/** The FAQ of an EfA service, promoted from accepted or official answers by the lead Land or moderators. */
@Injectable()
export class FaqService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
    private readonly synonyms: ServiceSynonymsService,
  ) {}

  async ofTopics(topicIds: readonly string[]): Promise<FaqEntryRow[]> {
    return this.ds.query(FAQ_OF_TOPICS_SQL, [topicIds]);
  }

  /** Whether the viewer curates the FAQ of a topic: the same people who edit its Steckbrief. */
  private async mayCurate(
    manager: EntityManager,
    viewer: Viewer,
    topic: { board_id: string; lead_land_id: string | null },
  ): Promise<boolean> {
    return canEditProfile(
      viewer,
      { leadLandId: topic.lead_land_id },
      await boardModeratorIds(manager, topic.board_id),
    );
  }

  async viewerMayCurate(viewer: Viewer | null, topicId: string): Promise<boolean> {
    if (!viewer) return false;
    const [topic]: { board_id: string; lead_land_id: string | null }[] = await this.ds.query(
      'SELECT board_id, lead_land_id FROM topics WHERE id = $1',
      [topicId],
    );
    return !!topic && this.mayCurate(this.ds.manager, viewer, topic);
  }

  async promote(viewer: Viewer | null, args: PromoteToFaqArgs): Promise<FaqEntryRow> {
    const actor = requireActive(viewer);
    return this.events.transaction(async (write) => {
      const [source]: PromotionSource[] = await write.manager.query(PROMOTION_SOURCE_SQL, [args.postId]);
      if (!source || source.deleted_at || source.merged_into_id) throw notFound('Der Beitrag');
      if (!(await this.mayCurate(write.manager, actor, source))) throw forbidden(FORBIDDEN_MESSAGE);
      if (source.hidden_at) throw badInput('Ein verborgener Beitrag kann nicht in die FAQ.');
      const isAnswer =
        source.id !== source.first_post_id && (source.official || source.accepted_post_id === source.id);
      if (!isAnswer)
        throw badInput('In die FAQ kommen nur als Lösung markierte oder offizielle Antworten.', {
          postId: 'Keine akzeptierte oder offizielle Antwort',
        });
      const question = args.question || source.title.slice(0, FAQ_QUESTION_MAX);
      const answer = args.answer || source.body;
      const [{ next }]: { next: number }[] = await write.manager.query(NEXT_FAQ_POSITION_SQL, [
        source.topic_id,
      ]);
      const inserted: { id: string }[] = await write.manager.query(INSERT_FAQ_ENTRY_SQL, [
        source.topic_id,
        source.id,
        question,
        answer,
        renderMarkdown(answer),
        next,
        source.edited_at,
        actor.id,
      ]);
      if (!inserted.length) throw conflict('Diese Antwort steht schon in der FAQ.');
      await write.audit({
        actorId: actor.id,
        action: 'FAQ_PROMOTED',
        targetType: 'POST',
        targetId: source.id,
        reason: question,
      });
      return this.entry(write.manager, inserted[0].id);
    });
  }

  async update(viewer: Viewer | null, input: UpdateFaqEntryInput): Promise<FaqEntryRow> {
    const actor = requireActive(viewer);
    return this.events.transaction(async (write) => {
      await this.requireCurator(write.manager, actor, input.id);
      await write.manager.query(UPDATE_FAQ_ENTRY_SQL, [
        input.id,
        input.question,
        input.answer,
        renderMarkdown(input.answer),
      ]);
      return this.entry(write.manager, input.id);
    });
  }

  async remove(viewer: Viewer | null, id: string): Promise<boolean> {
    const actor = requireActive(viewer);
    if (!isUuid(id)) throw notFound('Der FAQ-Eintrag');
    return this.events.transaction(async (write) => {
      const entry = await this.requireCurator(write.manager, actor, id);
      await write.manager.query(DELETE_FAQ_ENTRY_SQL, [id]);
      await write.audit({
        actorId: actor.id,
        action: 'FAQ_REMOVED',
        targetType: 'TOPIC',
        targetId: entry.topic_id,
        reason: entry.question,
      });
      return true;
    });
  }

  /** New order of a topic's FAQ: `ids` must be exactly its entries. */
  async reorder(viewer: Viewer | null, topicId: string, ids: string[]): Promise<FaqEntryRow[]> {
    const actor = requireActive(viewer);
    if (!isUuid(topicId) || !ids.every(isUuid)) throw notFound('Das Thema');
    return this.events.transaction(async (write) => {
      const [topic]: { board_id: string; lead_land_id: string | null }[] = await write.manager.query(
        'SELECT board_id, lead_land_id FROM topics WHERE id = $1 FOR UPDATE',
        [topicId],
      );
      if (!topic) throw notFound('Das Thema');
      if (!(await this.mayCurate(write.manager, actor, topic))) throw forbidden(FORBIDDEN_MESSAGE);
      const current: FaqEntryRow[] = await write.manager.query(FAQ_OF_TOPICS_SQL, [[topicId]]);
      const same =
        ids.length === current.length &&
        new Set(ids).size === ids.length &&
        current.every((e) => ids.includes(e.id));
      if (!same) throw badInput('Die neue Reihenfolge muss alle Einträge der FAQ genau einmal enthalten.');
      await write.manager.query(REORDER_FAQ_SQL, [topicId, ids]);
      return write.manager.query(FAQ_OF_TOPICS_SQL, [[topicId]]);
    });
  }

  /** FAQ entries for a search or a question being typed: synonyms expanded, similar questions first. */
  async search(
    viewer: Viewer | null,
    text: string,
    topicId: string | null,
    first: number,
  ): Promise<FaqEntryRow[]> {
    requireActive(viewer);
    const query = text.trim().slice(0, 500);
    if (query.length < 3) return [];
    if (topicId && !isUuid(topicId)) throw badInput('Ungültiges Thema.', { topicId: 'Ungültige ID' });
    const { tsquery } = expandQuery(query, await this.synonyms.groups(), { prefixLast: true, anyTerm: true });
    return this.ds.query(FAQ_SEARCH_SQL, [tsquery, query, topicId, Math.min(Math.max(first, 1), 10)]);
  }

  private async entry(manager: EntityManager, id: string): Promise<FaqEntryRow> {
    const [row]: FaqEntryRow[] = await manager.query(FAQ_ENTRY_SQL, [id]);
    if (!row) throw notFound('Der FAQ-Eintrag');
    return row;
  }

  private async requireCurator(manager: EntityManager, viewer: Viewer, id: string): Promise<FaqEntryRow> {
    const [row]: (FaqEntryRow & { board_id: string; lead_land_id: string | null })[] = await manager.query(
      `SELECT f.*, t.board_id, t.lead_land_id FROM faq_entries f JOIN topics t ON t.id = f.topic_id WHERE f.id = $1 FOR UPDATE OF f`,
      [id],
    );
    if (!row) throw notFound('Der FAQ-Eintrag');
    if (!(await this.mayCurate(manager, viewer, row))) throw forbidden(FORBIDDEN_MESSAGE);
    return row;
  }
}
