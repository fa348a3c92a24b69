import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MailContent } from './templates/layout';
import { ENQUEUE_MAILS_SQL } from './mail.sql';

export type MailKind =
  | 'NOTIFICATION'
  | 'DIGEST'
  | 'CONFIRM_EMAIL'
  | 'ACCOUNT_APPROVED'
  | 'REGISTRATION_ATTEMPT'
  | 'PASSWORD_RESET'
  | 'PASSWORD_CHANGED'
  | 'CONFIRM_EMAIL_CHANGE'
  | 'EMAIL_CHANGE_REFUSED'
  | 'EMAIL_CHANGED';

export interface NewMail extends MailContent {
  recipientUserId: string | null;
  to: string;
  kind: MailKind;
  /** One mail per cause: enqueueing the same key again does nothing. */
  dedupeKey: string;
  unsubscribeUrl?: string | null;
}

/** Writes mails to email_outbox; the worker (mail-worker.ts) sends them. */
@Injectable()
export class MailOutboxService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Enqueues in one statement; pass the EntityManager of the transaction that causes the mail so both
   * commit together. Returns how many mails were new (duplicates by dedupe_key are skipped).
   */
  async enqueue(mails: NewMail[], manager: EntityManager = this.ds.manager): Promise<number> {
    if (!mails.length) return 0;
    const rows: unknown[] = await manager.query(ENQUEUE_MAILS_SQL, [
      mails.map((m) => m.recipientUserId),
      mails.map((m) => m.to),
      mails.map((m) => m.kind),
      mails.map((m) => m.subject),
      mails.map((m) => m.text),
      mails.map((m) => m.html),
      mails.map((m) => m.unsubscribeUrl ?? null),
      mails.map((m) => m.dedupeKey),
    ]);
    return rows.length;
  }
}
