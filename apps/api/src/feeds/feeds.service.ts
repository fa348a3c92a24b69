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
  TAG_FEED_SQL,
  TAG_TITLE_SQL,
  TOPIC_FEED_SQL,
  TOPIC_TITLE_SQL,
} from './feeds.sql';

/** A feed of one board, topic or tag, addressed by its id: where its title and entries come from. */
interface FeedScope {
  /** Subject of the "not found" message. */
  what: string;
  titleSql: string;
  entriesSql: string;
  title: (name: string) => string;
  /** Path of the page the feed mirrors. */
  page: (id: string, scope: { slug?: string }) => string;
}

const SCOPES = {
  board: {
    what: 'Der Bereich',
    titleSql: BOARD_TITLE_SQL,
    entriesSql: BOARD_FEED_SQL,
    title: (name) => name,
    page: (_, scope) => `/bereiche/${encodeURIComponent(scope.slug ?? '')}`,
  },
  topic: {
    what: 'Das Thema',
    titleSql: TOPIC_TITLE_SQL,
    entriesSql: TOPIC_FEED_SQL,
    title: (name) => name,
    page: (id) => `/themen/${id}`,
  },
  tag: {
    what: 'Das Schlagwort',
    titleSql: TAG_TITLE_SQL,
    entriesSql: TAG_FEED_SQL,
    title: (name) => `Schlagwort „${name}“`,
    page: (_, scope) => `/schlagwort/${encodeURIComponent(scope.slug ?? '')}`,
  },
} satisfies Record<string, FeedScope>;

export type ScopedFeedKind = keyof typeof SCOPES;
export type FeedKind = ScopedFeedKind | 'mein-land';

export const isScopedFeedKind = (kind: string): kind is ScopedFeedKind => Object.hasOwn(SCOPES, kind);

/** Entries per feed: newsreaders poll; older posts stay in the forum. */
const ENTRIES = 50;

/**
 * Atom feeds of a board, a topic, a tag (across all services) and "Fragen an mein Land". The forum is closed: the feed token names the
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
      const feedScope: FeedScope = SCOPES[kind];
      if (!id || !isUuid(id)) throw notFound(feedScope.what);
      const [scope]: { title: string; slug?: string }[] = await this.ds.query(feedScope.titleSql, [id]);
      if (!scope) throw notFound(feedScope.what);
      title = feedScope.title(scope.title);
      pageUrl = `${base}${feedScope.page(id, scope)}`;
      entries = await this.ds.query(feedScope.entriesSql, [id, ENTRIES]);
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
