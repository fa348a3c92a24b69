import { Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { AppConfig } from '../config/app-config';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/** Sends one mail or throws; `responseCode` on the error tells permanent (5xx) from transient failures. */
export interface MailTransport {
  readonly name: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export class SmtpMailTransport implements MailTransport {
  readonly name = 'smtp';
  private readonly transporter: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(url: string) {
    // Timeouts well under the worker's lease (mail-worker.ts), so a hanging server cannot outlive it.
    this.transporter = nodemailer.createTransport({
      url,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: mail.headers,
    });
  }

  close(): void {
    this.transporter.close();
  }
}

/** Without SMTP_URL (development): the mail goes to the structured log and counts as sent. */
export class LogMailTransport implements MailTransport {
  readonly name = 'log';
  private readonly logger = new Logger('Mail');

  send(mail: OutgoingMail): Promise<void> {
    this.logger.log({
      msg: `E-Mail (nicht versandt, SMTP_URL ist nicht gesetzt): ${mail.subject}`,
      to: mail.to,
      subject: mail.subject,
      messageId: mail.messageId,
      text: mail.text,
    });
    return Promise.resolve();
  }

  close(): void {}
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.smtpUrl ? new SmtpMailTransport(config.smtpUrl) : new LogMailTransport();
}
