import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MailContent } from './templates/layout';

export type MailKind =
  'NOTIFICATION' | 'DIGEST' | 'CONFIRM_EMAIL' | 'ACCOUNT_APPROVED' | 'REGISTRATION_ATTEMPT';

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
    const rows: unknown[] = await manager.query(
      `INSERT INTO email_outbox (recipient_user_id, to_address, kind, subject, text, html, unsubscribe_url, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        mails.map((m) => m.recipientUserId),
        mails.map((m) => m.to),
        mails.map((m) => m.kind),
        mails.map((m) => m.subject),
        mails.map((m) => m.text),
        mails.map((m) => m.html),
        mails.map((m) => m.unsubscribeUrl ?? null),
        mails.map((m) => m.dedupeKey),
      ],
    );
    return rows.length;
  }
}
