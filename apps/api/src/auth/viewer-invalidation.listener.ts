import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type Notification } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DB_CONNECT_TIMEOUT_MS } from '../database/data-source-options';
import { DomainEventsService } from '../events/domain-events.service';
import { ViewerCache } from './viewer-cache';

export const VIEWER_CHANNEL = 'forum_viewer';
const RETRY_MS = [250, 500, 1000, 2000, 5000];

/**
 * Keeps one PostgreSQL connection per instance listening on `forum_viewer` (the NOTIFYs of migration
 * ViewerInvalidation) and applies each to the viewer cache. The cache serves only while this connection
 * listens: when it breaks (database restart, network), the cache is emptied and switched off until the
 * connection is back, so no change can be missed in between.
 */
@Injectable()
export class ViewerInvalidationListener implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ViewerInvalidationListener.name);
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private attempt = 0;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(ViewerCache) private readonly cache: ViewerCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEventsService,
  ) {}

  async onModuleInit(): Promise<void> {
    // VIEWER_CACHE_MAX=0: no cache, every request reads its session from the database.
    if (this.config.viewerCacheMax === 0) return;
    // This instance's own writes drop their viewers before the mutation answers; the NOTIFY (a few ms
    // later) is what reaches the other instances.
    const forget = (e: { userId: string }) => this.cache.invalidateUser(e.userId);
    for (const type of [
      'SessionEnded',
      'UserSuspended',
      'UserUnsuspended',
      'UserApproved',
      'UserDeleted',
    ] as const)
      this.events.on(type, forget);
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.cache.disable();
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const url = (this.ds.options as { url: string }).url;
    const client = new Client({
      connectionString: url,
      application_name: 'forum-kommunalpakt-viewer-listener',
      connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message: Notification) => this.apply(message.payload ?? ''));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${VIEWER_CHANNEL}`);
    } catch (err) {
      this.lost(client, err);
      return;
    }
    if (this.stopped) return;
    this.attempt = 0;
    this.cache.enable();
  }

  private apply(payload: string): void {
    const id = payload.slice(2);
    if (payload.startsWith('u:')) this.cache.invalidateUser(id);
    else if (payload.startsWith('o:')) this.cache.invalidateOrganisation(id);
    else this.cache.enable(); // unknown payload: start over rather than guess
  }

  private lost(client: Client, err?: unknown): void {
    if (client !== this.client) return;
    this.client = undefined;
    this.cache.disable();
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (this.attempt === 0)
      this.logger.warn(
        `Viewer cache off until the database listens again${err ? `: ${String((err as Error).message ?? err)}` : ''}`,
      );
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)];
    this.attempt += 1;
    this.retry = setTimeout(() => void this.connect(), delay);
  }
}
