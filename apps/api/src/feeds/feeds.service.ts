import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganisationKind } from '@forum/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { forbidden, notFound, unauthenticated } from '../common/errors/domain-error';
import { requireActive } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { buildAtomFeed, type FeedEntryRow } from './atom-feed';
import { FeedTokensService } from './feed-tokens.service';
import {
  BOARD_FEED_SQL,
  BOARD_TITLE_SQL,
  LAND_FEED_SQL,
  ORGANISATION_NAME_SQL,
  TOPIC_FEED_SQL,
  TOPIC_TITLE_SQL,
} from './feeds.sql';

export type FeedKind = 'board' | 'topic' | 'mein-land';

/** Entries per feed: newsreaders poll; older posts stay in the forum. */
const ENTRIES = 50;

/**
 * Atom feeds of a board, a topic and "Fragen an mein Land". The forum is closed: the feed token names the
 * reader, and the feed shows what that person may read (an active account; "mein Land" only for Länder
 * representatives); hidden and deleted posts never appear.
 */
@Injectable()
export class FeedsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly tokens: FeedTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async atom(kind: FeedKind, id: string | null, token: unknown): Promise<string> {
    const viewer = await this.tokens.viewerOf(token);
    if (!viewer) throw unauthenticated('Der Feed-Schlüssel ist ungültig oder wurde widerrufen.');
    requireActive(viewer);
    const base = this.config.publicUrl;
    let title: string;
    let pageUrl: string;
    let entries: FeedEntryRow[];
    if (kind === 'mein-land') {
      if (viewer.organisationKind !== OrganisationKind.LAND)
        throw forbidden('Diesen Feed gibt es nur für Vertreterinnen und Vertreter eines Landes.');
      const [land]: { name: string }[] = await this.ds.query(ORGANISATION_NAME_SQL, [viewer.organisationId]);
      title = `Fragen an ${land?.name ?? 'mein Land'}`;
      pageUrl = `${base}/mein-land`;
      entries = await this.ds.query(LAND_FEED_SQL, [viewer.organisationId, ENTRIES]);
    } else {
      if (!id || !isUuid(id)) throw notFound(kind === 'board' ? 'Der Bereich' : 'Das Thema');
      const [scope]: { title: string; slug?: string }[] = await this.ds.query(
        kind === 'board' ? BOARD_TITLE_SQL : TOPIC_TITLE_SQL,
        [id],
      );
      if (!scope) throw notFound(kind === 'board' ? 'Der Bereich' : 'Das Thema');
      title = scope.title;
      pageUrl = kind === 'board' ? `${base}/bereiche/${scope.slug}` : `${base}/themen/${id}`;
      entries = await this.ds.query(kind === 'board' ? BOARD_FEED_SQL : TOPIC_FEED_SQL, [id, ENTRIES]);
    }
    return buildAtomFeed({
      selfUrl: `${base}/feeds/${kind === 'mein-land' ? 'mein-land' : `${kind}/${id}`}.atom`,
      pageUrl,
      publicUrl: base,
      title: `${title} – Forum Kommunalpakt`,
      subtitle: 'Neue Fragen und Antworten im Forum Kommunalpakt',
      entries,
      now: new Date(),
    });
  }
}
