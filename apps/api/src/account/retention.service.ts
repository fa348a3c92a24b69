import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuthService } from '../auth/auth.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PURGE_ACCOUNT_TOKENS_SQL } from '../identity/identity.sql';
import { PURGE_NOTIFICATIONS_SQL, PURGE_READ_NOTIFICATIONS_SQL } from './account.sql';

/** Retention periods (DSGVO Art. 5 (1) e); documented in docs/OPERATIONS.md "Retention (DSGVO)". */
export const RETENTION = {
  readNotificationsDays: 180,
  notificationsDays: 365,
} as const;

export interface RetentionResult {
  readNotifications: number;
  oldNotifications: number;
  expiredSessions: number;
  /** Password-reset and e-mail-change links a day past their expiry. */
  expiredAccountLinks: number;
  /** Uploads never used, and files of deleted posts past their period (attachments.service.ts). */
  removedFiles: number;
}

/** First run shortly after start (deploys restart often), then every `retentionIntervalHours`. */
const FIRST_RUN_DELAY_MS = 60_000;

@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RetentionService.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.config.retentionIntervalHours;
    if (!hours) return;
    const run = () =>
      void this.run().catch((err: unknown) => this.logger.error(`retention failed: ${String(err)}`));
    // unref: the timers never keep the process (or a test run) alive.
    this.timers = [setTimeout(run, FIRST_RUN_DELAY_MS).unref(), setInterval(run, hours * 3_600_000).unref()];
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** Deletes what has outlived its purpose; idempotent, safe on several instances at once. */
  async run(now: Date = new Date()): Promise<RetentionResult> {
    const day = 86_400_000;
    const readBefore = new Date(now.getTime() - RETENTION.readNotificationsDays * day);
    const allBefore = new Date(now.getTime() - RETENTION.notificationsDays * day);
    const [, readNotifications] = (await this.ds.query(PURGE_READ_NOTIFICATIONS_SQL, [readBefore])) as [
      unknown,
      number,
    ];
    const [, oldNotifications] = (await this.ds.query(PURGE_NOTIFICATIONS_SQL, [allBefore])) as [
      unknown,
      number,
    ];
    const expiredSessions = await this.auth.purgeExpiredSessions();
    const [, expiredAccountLinks] = (await this.ds.query(PURGE_ACCOUNT_TOKENS_SQL)) as [unknown, number];
    const removedFiles = await this.attachments.purgeExpired(now);
    const result = {
      readNotifications,
      oldNotifications,
      expiredSessions,
      expiredAccountLinks,
      removedFiles,
    };
    if (readNotifications + oldNotifications + expiredSessions + expiredAccountLinks + removedFiles > 0)
      this.logger.log(`retention: ${JSON.stringify(result)}`);
    return result;
  }
}
