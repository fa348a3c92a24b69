import { createHash, randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEventsService } from '../events/domain-events.service';
import { DigestService } from './digest.service';
import { MailLinks } from './mail-links';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import {
  CLAIM_DUE_SQL,
  EXTEND_LEASE_SQL,
  GIVE_UP_SQL,
  MARK_ATTEMPT_FAILED_SQL,
  MARK_SENT_SQL,
  PURGE_OUTBOX_SQL,
  RELEASE_CLAIMS_SQL,
} from './mail.sql';

/** Six attempts (30 s, 1, 2, 4, 8 min apart), then FAILED. */
export const MAX_ATTEMPTS = 6;
export const RETRY_BASE_SECONDS = 30;
/** A claimed mail belongs to its worker this long; the SMTP timeouts (mail-transport.ts) are far shorter. */
export const LEASE_SECONDS = 10 * 60;
const BATCH = 20;
/** Sent and failed mails (with their text) are deleted after this many days (DSGVO: data minimisation). */
export const OUTBOX_RETENTION_DAYS = 90;

interface ClaimedMail {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  unsubscribe_url: string | null;
  dedupe_key: string;
  attempts: number;
}

/**
 * Sends the outbox. Every instance runs one; rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * API instances never pick the same mail.
 *
 * Delivery guarantee — at least once, with a duplicate only after a crash in a tiny window:
 * a claimed row is SENDING with a lease (LEASE_SECONDS) and a claim token; right before the SMTP
 * transaction the worker renews the lease and checks that the row is still its own; after the server
 * accepted the mail it marks it SENT (only with its claim token). A process that dies between the
 * server's "250 OK" and that UPDATE leaves a SENDING row whose lease expires, and the mail is sent once
 * more. We chose this over at-most-once (never retrying an expired lease) because a lost registration
 * confirmation or moderation notice is worse than a rare second copy — and the second copy carries the
 * same Message-ID (derived from the dedupe key), which lets mail servers and clients recognise it as a
 * duplicate. A graceful shutdown finishes the mail in flight and hands back the rest of its batch, so
 * restarts and deployments never cause duplicates.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;
  private stopping = false;
  private lastPurge = 0;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly links: MailLinks,
    private readonly digests: DigestService,
    private readonly events: DomainEventsService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.transport.name === 'log') {
      const message = 'SMTP_URL is not set: e-mails are written to the log instead of being sent';
      if (this.config.nodeEnv === 'production') this.logger.warn(message);
      else this.logger.log(message);
    }
    if (this.config.mailPollIntervalMs > 0) {
      this.timer = setInterval(() => {
        void this.tick();
      }, this.config.mailPollIntervalMs);
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.transport.close();
  }

  /** One pass (timer): digests that are due, then every due mail. Never runs twice at once. */
  tick(): Promise<number> {
    this.running ??= this.runOnce()
      .catch((err: unknown) => {
        this.logger.error(`mail worker pass failed: ${err instanceof Error ? err.stack : String(err)}`);
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Tests and scripts: waits for pending domain events, then sends everything due. Returns mails sent. */
  async drain(): Promise<number> {
    await this.events.drain();
    await this.running?.catch(() => undefined);
    return this.tick();
  }

  private async runOnce(): Promise<number> {
    if (this.stopping) return 0;
    if (Date.now() - this.lastPurge > 3_600_000) await this.purgeOld();
    await this.digests.enqueueDue();
    let sent = 0;
    for (;;) {
      if (this.stopping) break;
      const batch = await this.claim();
      if (!batch.claimed.length) break;
      sent += await this.sendBatch(batch.claimed, batch.token);
    }
    return sent;
  }

  /** Removes sent and failed mails older than OUTBOX_RETENTION_DAYS (at most hourly per instance). */
  async purgeOld(): Promise<number> {
    this.lastPurge = Date.now();
    const [, removed]: [unknown[], number] = await this.ds.query(PURGE_OUTBOX_SQL, [OUTBOX_RETENTION_DAYS]);
    return removed;
  }

  private async claim(): Promise<{ claimed: ClaimedMail[]; token: string }> {
    // An expired lease after the last attempt: give up instead of trying a seventh time.
    await this.ds.query(GIVE_UP_SQL, [MAX_ATTEMPTS]);
    const token = randomUUID();
    // UPDATE … RETURNING answers [rows, rowCount] through TypeORM's query().
    const [claimed]: [ClaimedMail[], number] = await this.ds.query(CLAIM_DUE_SQL, [
      BATCH,
      token,
      LEASE_SECONDS,
    ]);
    return { claimed, token };
  }

  private async sendBatch(batch: ClaimedMail[], token: string): Promise<number> {
    let sent = 0;
    for (const [index, mail] of batch.entries()) {
      if (this.stopping) {
        await this.release(batch.slice(index), token);
        break;
      }
      // Still ours? (A lease can only have been taken over if this process stalled for LEASE_SECONDS.)
      const [, owned]: [unknown[], number] = await this.ds.query(EXTEND_LEASE_SQL, [
        mail.id,
        token,
        LEASE_SECONDS,
      ]);
      if (!owned) continue;
      if (await this.sendOne(mail, token)) sent++;
    }
    return sent;
  }

  private async sendOne(mail: ClaimedMail, token: string): Promise<boolean> {
    const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
    if (mail.unsubscribe_url) {
      headers['List-Unsubscribe'] = `<${mail.unsubscribe_url}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      await this.transport.send({
        from: this.config.mailFrom,
        to: mail.to_address,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: messageIdFor(mail.dedupe_key, this.links.host),
        headers,
      });
    } catch (err) {
      await this.recordFailure(mail, token, err);
      return false;
    }
    await this.ds.query(MARK_SENT_SQL, [mail.id, token]);
    return true;
  }

  private async recordFailure(mail: ClaimedMail, token: string, err: unknown): Promise<void> {
    const code = (err as { responseCode?: unknown }).responseCode;
    // 5xx: the server refuses for good (unknown address, policy); retrying would not help.
    const permanent = typeof code === 'number' && code >= 500 && code < 600;
    const failed = permanent || mail.attempts >= MAX_ATTEMPTS;
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    this.logger.warn(
      `mail ${mail.id} attempt ${mail.attempts} failed${failed ? ' for good' : ''}: ${message}`,
    );
    await this.ds.query(MARK_ATTEMPT_FAILED_SQL, [
      mail.id,
      token,
      failed ? 'FAILED' : 'PENDING',
      message,
      RETRY_BASE_SECONDS * 2 ** (mail.attempts - 1),
    ]);
  }

  /** Shutdown: claimed but unsent mails go back to the queue at once, without counting an attempt. */
  private async release(rest: ClaimedMail[], token: string): Promise<void> {
    await this.ds.query(RELEASE_CLAIMS_SQL, [rest.map((m) => m.id), token]);
  }
}

/** The same mail always has the same Message-ID, so a resend after a crash is recognisable. */
export function messageIdFor(dedupeKey: string, host: string): string {
  return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32)}@${host}>`;
}
